// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "opt", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %2 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %11 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %12 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %13 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %15 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = tosa.const_shape  {values = dense<[1, 66, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %28 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %31 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %32 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %33 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %34 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %35 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %36 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %37 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %43 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1xf64>}> : () -> tensor<1x1xf64>
    %44 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %45 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %46 = tosa.reshape %1, %2 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %47 = tosa.tile %46, %3 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %48 = tosa.reshape %arg0, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %49 = tosa.reshape %arg20, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %50 = tosa.cast %49 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %51 = tosa.gather %48, %50 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %52 = tosa.reshape %51, %6 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %53 = tosa.cast %arg21 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %54 = tosa.cast %1 : (tensor<16xi64>) -> tensor<16xi32>
    %55 = tosa.cast %54 : (tensor<16xi32>) -> tensor<16xi64>
    %56 = tosa.reshape %55, %9 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %57 = tosa.reshape %55, %10 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %58 = tosa.greater_equal %56, %57 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %59 = tosa.logical_and %58, %30 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %60 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %61 = tosa.add %60, %32 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %62 = tosa.greater %31, %60 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %63 = tosa.select %62, %61, %60 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %64 = tosa.reshape %63, %11 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %65 = tosa.cast %57 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %66 = tosa.add %65, %33 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %67 = tosa.greater %31, %65 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %68 = tosa.select %67, %66, %65 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %69 = tosa.reshape %68, %12 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %70 = tosa.tile %64, %12 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %71 = tosa.tile %69, %11 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %72 = tosa.concat %70, %71 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %73 = tosa.reshape %53, %13 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %74 = tosa.reshape %72, %14 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %75 = tosa.mul %74, %34, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %76 = tosa.reduce_sum %75 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %77 = tosa.reshape %76, %5 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %78 = tosa.cast %73 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %79 = tosa.gather %78, %77 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %80 = tosa.cast %79 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %81 = tosa.reshape %80, %15 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %82 = tosa.logical_and %59, %81 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %83 = tosa.cast %47 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %84 = tosa.add %83, %35 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %85 = tosa.cast %84 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %86 = tosa.reshape %arg1, %16 : (tensor<66x64xf32>, !tosa.shape<3>) -> tensor<1x66x64xf32>
    %87 = tosa.reshape %85, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %88 = tosa.cast %87 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %89 = tosa.gather %86, %88 : (tensor<1x66x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %90 = tosa.reshape %89, %6 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %91 = tosa.add %52, %90 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %92 = tosa.cast %91 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %93 = tosa.reduce_sum %92 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %94 = tosa.mul %93, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %95 = tosa.sub %92, %94 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %96 = tosa.mul %95, %95, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %97 = tosa.reduce_sum %96 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %98 = tosa.mul %97, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %99 = tosa.cast %98 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %100 = tosa.reduce_sum %91 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %101 = tosa.mul %100, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %102 = tosa.add %99, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %103 = tosa.rsqrt %102 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %104 = tosa.sub %91, %101 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %105 = tosa.mul %104, %103, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %106 = tosa.reshape %arg12, %17 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %107 = tosa.mul %105, %106, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %108 = tosa.reshape %arg13, %17 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %109 = tosa.add %107, %108 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %110 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %111 = tosa.reshape %109, %20 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %112 = tosa.reshape %110, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %113 = tosa.matmul %111, %112, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %114 = tosa.reshape %113, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %115 = tosa.reshape %arg9, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %116 = tosa.add %114, %115 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %117 = tosa.reshape %116, %6 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %118 = tosa.mul %117, %39, %7 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %119 = tosa.reshape %118, %23 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %120 = tosa.transpose %119 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %121 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %122 = tosa.reshape %121, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %123 = tosa.matmul %111, %122, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %124 = tosa.reshape %123, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %125 = tosa.reshape %arg5, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %126 = tosa.add %124, %125 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %127 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %128 = tosa.reshape %127, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %129 = tosa.matmul %111, %128, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %130 = tosa.reshape %129, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %131 = tosa.reshape %arg7, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %132 = tosa.add %130, %131 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %133 = tosa.reshape %126, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %134 = tosa.reshape %132, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %135 = tosa.transpose %134 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %136 = tosa.select %82, %40, %41 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %137 = tosa.transpose %133 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %138 = tosa.reshape %120, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %139 = tosa.reshape %137, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %140 = tosa.matmul %138, %139, %19, %19 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %141 = tosa.reshape %140, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %142 = tosa.add %141, %136 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %143 = tosa.reduce_max %142 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %144 = tosa.sub %142, %143 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %145 = tosa.exp %144 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %146 = tosa.reduce_sum %145 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %147 = tosa.reciprocal %146 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %148 = tosa.mul %145, %147, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %149 = tosa.cast %142 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %150 = tosa.equal %149, %42 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %151 = tosa.reduce_all %150 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %152 = tosa.select %151, %0, %148 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %153 = tosa.reshape %152, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %154 = tosa.reshape %135, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %155 = tosa.matmul %153, %154, %19, %19 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %156 = tosa.reshape %155, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %157 = tosa.transpose %156 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %158 = tosa.reshape %157, %6 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %159 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %160 = tosa.reshape %159, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %161 = tosa.tile %160, %8 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %162 = tosa.matmul %158, %161, %19, %19 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %163 = tosa.reshape %arg11, %17 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %164 = tosa.add %162, %163 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %165 = tosa.add %91, %164 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %166 = tosa.reshape %165, %18 : (tensor<2x16x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %167 = tosa.cast %166 : (tensor<32x64xf32>) -> tensor<32x64xf64>
    %168 = tosa.reduce_sum %167 {axis = 1 : i32} : (tensor<32x64xf64>) -> tensor<32x1xf64>
    %169 = tosa.mul %168, %43, %7 : (tensor<32x1xf64>, tensor<1x1xf64>, tensor<1xi8>) -> tensor<32x1xf64>
    %170 = tosa.sub %167, %169 : (tensor<32x64xf64>, tensor<32x1xf64>) -> tensor<32x64xf64>
    %171 = tosa.mul %170, %170, %7 : (tensor<32x64xf64>, tensor<32x64xf64>, tensor<1xi8>) -> tensor<32x64xf64>
    %172 = tosa.reduce_sum %171 {axis = 1 : i32} : (tensor<32x64xf64>) -> tensor<32x1xf64>
    %173 = tosa.mul %172, %43, %7 : (tensor<32x1xf64>, tensor<1x1xf64>, tensor<1xi8>) -> tensor<32x1xf64>
    %174 = tosa.cast %173 : (tensor<32x1xf64>) -> tensor<32x1xf32>
    %175 = tosa.reduce_sum %166 {axis = 1 : i32} : (tensor<32x64xf32>) -> tensor<32x1xf32>
    %176 = tosa.mul %175, %44, %7 : (tensor<32x1xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<32x1xf32>
    %177 = tosa.add %174, %45 : (tensor<32x1xf32>, tensor<1x1xf32>) -> tensor<32x1xf32>
    %178 = tosa.rsqrt %177 : (tensor<32x1xf32>) -> tensor<32x1xf32>
    %179 = tosa.sub %166, %176 : (tensor<32x64xf32>, tensor<32x1xf32>) -> tensor<32x64xf32>
    %180 = tosa.mul %179, %178, %7 : (tensor<32x64xf32>, tensor<32x1xf32>, tensor<1xi8>) -> tensor<32x64xf32>
    %181 = tosa.reshape %arg18, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %182 = tosa.mul %180, %181, %7 : (tensor<32x64xf32>, tensor<1x64xf32>, tensor<1xi8>) -> tensor<32x64xf32>
    %183 = tosa.reshape %arg19, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %184 = tosa.add %182, %183 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %185 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %186 = tosa.reshape %184, %20 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %187 = tosa.reshape %185, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %188 = tosa.matmul %186, %187, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %189 = tosa.reshape %188, %27 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %190 = tosa.reshape %arg15, %28 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %191 = tosa.add %189, %190 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %192 = tosa.clamp %191 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<32x128xf32>) -> tensor<32x128xf32>
    %193 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %194 = tosa.reshape %192, %29 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %195 = tosa.reshape %193, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %196 = tosa.matmul %194, %195, %19, %19 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %197 = tosa.reshape %196, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %198 = tosa.reshape %arg17, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %199 = tosa.add %197, %198 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %200 = tosa.add %166, %199 : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %201 = tosa.reshape %200, %6 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %202 = tosa.cast %201 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %203 = tosa.reduce_sum %202 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %204 = tosa.mul %203, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %205 = tosa.sub %202, %204 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %206 = tosa.mul %205, %205, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %207 = tosa.reduce_sum %206 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %208 = tosa.mul %207, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %209 = tosa.cast %208 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %210 = tosa.reduce_sum %201 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %211 = tosa.mul %210, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %212 = tosa.add %209, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %213 = tosa.rsqrt %212 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %214 = tosa.sub %201, %211 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %215 = tosa.mul %214, %213, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %216 = tosa.reshape %arg2, %17 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %217 = tosa.mul %215, %216, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %218 = tosa.reshape %arg3, %17 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %219 = tosa.add %217, %218 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %219 : tensor<2x16x64xf32>
  }
}
