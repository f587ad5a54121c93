// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "opt", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %1 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %5 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[1, 66, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %17 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %18 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %26 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %27 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %29 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %30 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %31 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %32 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %33 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %34 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %35 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %36 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %37 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1xf64>}> : () -> tensor<1x1xf64>
    %41 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %42 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %43 = tosa.reshape %0, %1 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %44 = tosa.tile %43, %2 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %45 = tosa.reshape %arg0, %3 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %46 = tosa.reshape %arg20, %4 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %47 = tosa.cast %46 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %48 = tosa.gather %45, %47 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %49 = tosa.reshape %48, %5 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %50 = tosa.cast %arg21 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %51 = tosa.cast %0 : (tensor<16xi64>) -> tensor<16xi32>
    %52 = tosa.cast %51 : (tensor<16xi32>) -> tensor<16xi64>
    %53 = tosa.reshape %52, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %54 = tosa.reshape %52, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %55 = tosa.greater_equal %53, %54 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %56 = tosa.logical_and %55, %28 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %57 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %58 = tosa.add %57, %30 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %59 = tosa.greater %29, %57 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %60 = tosa.select %59, %58, %57 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %61 = tosa.reshape %60, %9 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %62 = tosa.cast %54 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %63 = tosa.add %62, %31 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %64 = tosa.greater %29, %62 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %65 = tosa.select %64, %63, %62 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %66 = tosa.reshape %65, %10 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %67 = tosa.tile %61, %10 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %68 = tosa.tile %66, %9 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %69 = tosa.concat %67, %68 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %70 = tosa.reshape %50, %11 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %71 = tosa.reshape %69, %12 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %72 = tosa.mul %71, %32, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %73 = tosa.reduce_sum %72 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %74 = tosa.reshape %73, %4 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %75 = tosa.cast %70 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %76 = tosa.gather %75, %74 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %77 = tosa.cast %76 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %78 = tosa.reshape %77, %13 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %79 = tosa.logical_and %56, %78 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %80 = tosa.select %79, %33, %34 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %81 = tosa.cast %44 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %82 = tosa.add %81, %35 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %83 = tosa.cast %82 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %84 = tosa.reshape %arg1, %14 : (tensor<66x64xf32>, !tosa.shape<3>) -> tensor<1x66x64xf32>
    %85 = tosa.reshape %83, %4 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %86 = tosa.cast %85 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %87 = tosa.gather %84, %86 : (tensor<1x66x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %88 = tosa.reshape %87, %5 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %89 = tosa.add %49, %88 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %90 = tosa.cast %89 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %91 = tosa.reduce_sum %90 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %92 = tosa.mul %91, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %93 = tosa.sub %90, %92 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %94 = tosa.mul %93, %93, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %95 = tosa.reduce_sum %94 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %96 = tosa.mul %95, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %97 = tosa.cast %96 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %98 = tosa.reduce_sum %89 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %99 = tosa.mul %98, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %100 = tosa.add %97, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %101 = tosa.rsqrt %100 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %102 = tosa.sub %89, %99 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %103 = tosa.mul %102, %101, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %104 = tosa.reshape %arg12, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %105 = tosa.mul %103, %104, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %106 = tosa.reshape %arg13, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %107 = tosa.add %105, %106 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %108 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %109 = tosa.reshape %107, %18 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %110 = tosa.reshape %108, %19 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %111 = tosa.matmul %109, %110, %17, %17 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %112 = tosa.reshape %111, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %113 = tosa.reshape %arg9, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %114 = tosa.add %112, %113 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %115 = tosa.reshape %114, %5 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %116 = tosa.mul %115, %39, %6 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %117 = tosa.reshape %116, %21 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %118 = tosa.transpose %117 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %119 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %120 = tosa.reshape %119, %19 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %121 = tosa.matmul %109, %120, %17, %17 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %122 = tosa.reshape %121, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %123 = tosa.reshape %arg5, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %124 = tosa.add %122, %123 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %125 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %126 = tosa.reshape %125, %19 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %127 = tosa.matmul %109, %126, %17, %17 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %128 = tosa.reshape %127, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %129 = tosa.reshape %arg7, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %130 = tosa.add %128, %129 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %131 = tosa.reshape %124, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %132 = tosa.reshape %130, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %133 = tosa.transpose %132 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %134 = tosa.transpose %131 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %135 = tosa.reshape %118, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %136 = tosa.reshape %134, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %137 = tosa.matmul %135, %136, %17, %17 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %138 = tosa.reshape %137, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %139 = tosa.add %138, %80 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %140 = tosa.reduce_max %139 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %141 = tosa.sub %139, %140 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %142 = tosa.exp %141 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %143 = tosa.reduce_sum %142 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %144 = tosa.reciprocal %143 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %145 = tosa.mul %142, %144, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %146 = tosa.reshape %145, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %147 = tosa.reshape %133, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %148 = tosa.matmul %146, %147, %17, %17 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %149 = tosa.reshape %148, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %150 = tosa.transpose %149 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %151 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %152 = tosa.reshape %150, %18 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %153 = tosa.reshape %151, %19 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %154 = tosa.matmul %152, %153, %17, %17 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %155 = tosa.reshape %154, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %156 = tosa.reshape %arg11, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %157 = tosa.add %155, %156 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %158 = tosa.reshape %157, %5 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %159 = tosa.add %89, %158 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %160 = tosa.reshape %159, %16 : (tensor<2x16x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %161 = tosa.cast %160 : (tensor<32x64xf32>) -> tensor<32x64xf64>
    %162 = tosa.reduce_sum %161 {axis = 1 : i32} : (tensor<32x64xf64>) -> tensor<32x1xf64>
    %163 = tosa.mul %162, %40, %6 : (tensor<32x1xf64>, tensor<1x1xf64>, tensor<1xi8>) -> tensor<32x1xf64>
    %164 = tosa.sub %161, %163 : (tensor<32x64xf64>, tensor<32x1xf64>) -> tensor<32x64xf64>
    %165 = tosa.mul %164, %164, %6 : (tensor<32x64xf64>, tensor<32x64xf64>, tensor<1xi8>) -> tensor<32x64xf64>
    %166 = tosa.reduce_sum %165 {axis = 1 : i32} : (tensor<32x64xf64>) -> tensor<32x1xf64>
    %167 = tosa.mul %166, %40, %6 : (tensor<32x1xf64>, tensor<1x1xf64>, tensor<1xi8>) -> tensor<32x1xf64>
    %168 = tosa.cast %167 : (tensor<32x1xf64>) -> tensor<32x1xf32>
    %169 = tosa.reduce_sum %160 {axis = 1 : i32} : (tensor<32x64xf32>) -> tensor<32x1xf32>
    %170 = tosa.mul %169, %41, %6 : (tensor<32x1xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<32x1xf32>
    %171 = tosa.add %168, %42 : (tensor<32x1xf32>, tensor<1x1xf32>) -> tensor<32x1xf32>
    %172 = tosa.rsqrt %171 : (tensor<32x1xf32>) -> tensor<32x1xf32>
    %173 = tosa.sub %160, %170 : (tensor<32x64xf32>, tensor<32x1xf32>) -> tensor<32x64xf32>
    %174 = tosa.mul %173, %172, %6 : (tensor<32x64xf32>, tensor<32x1xf32>, tensor<1xi8>) -> tensor<32x64xf32>
    %175 = tosa.reshape %arg18, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %176 = tosa.mul %174, %175, %6 : (tensor<32x64xf32>, tensor<1x64xf32>, tensor<1xi8>) -> tensor<32x64xf32>
    %177 = tosa.reshape %arg19, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %178 = tosa.add %176, %177 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %179 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %180 = tosa.reshape %178, %18 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %181 = tosa.reshape %179, %24 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %182 = tosa.matmul %180, %181, %17, %17 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %183 = tosa.reshape %182, %25 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %184 = tosa.reshape %arg15, %26 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %185 = tosa.add %183, %184 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %186 = tosa.clamp %185 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<32x128xf32>) -> tensor<32x128xf32>
    %187 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %188 = tosa.reshape %186, %27 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %189 = tosa.reshape %187, %3 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %190 = tosa.matmul %188, %189, %17, %17 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %191 = tosa.reshape %190, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %192 = tosa.reshape %arg17, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %193 = tosa.add %191, %192 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %194 = tosa.add %160, %193 : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %195 = tosa.reshape %194, %5 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %196 = tosa.cast %195 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %197 = tosa.reduce_sum %196 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %198 = tosa.mul %197, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %199 = tosa.sub %196, %198 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %200 = tosa.mul %199, %199, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %201 = tosa.reduce_sum %200 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %202 = tosa.mul %201, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %203 = tosa.cast %202 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %204 = tosa.reduce_sum %195 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %205 = tosa.mul %204, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %206 = tosa.add %203, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %207 = tosa.rsqrt %206 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %208 = tosa.sub %195, %205 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %209 = tosa.mul %208, %207, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %210 = tosa.reshape %arg2, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %211 = tosa.mul %209, %210, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %212 = tosa.reshape %arg3, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %213 = tosa.add %211, %212 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %213 : tensor<2x16x64xf32>
  }
}
