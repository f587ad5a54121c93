// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_bigcode", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<96x64xf32>, %arg5: tensor<96xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<256x64xf32>, %arg11: tensor<256xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<2x16xi64>, %arg17: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %9 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %12 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %16 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %17 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[1, 64, 96]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[32, 96]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[1, 96]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 1, 16, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[2, 1, 16, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[2, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[2, 1, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %29 = tosa.const_shape  {values = dense<[1, 1, 4, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %30 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %33 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[32, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %35 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %36 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %38 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %39 = "tosa.const"() <{values = dense<3.000000e+00> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %40 = "tosa.const"() <{values = dense<4.471500e-02> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %41 = "tosa.const"() <{values = dense<0.636619746> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %42 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %43 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %44 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %45 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %46 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %47 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %48 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %49 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %52 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %53 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %54 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %55 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %56 = tosa.reshape %arg16, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %57 = tosa.cast %56 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %58 = tosa.gather %55, %57 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %59 = tosa.reshape %58, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %60 = tosa.cast %3 : (tensor<16xi64>) -> tensor<16xi32>
    %61 = tosa.cast %60 : (tensor<16xi32>) -> tensor<16xi64>
    %62 = tosa.reshape %61, %5 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %63 = tosa.cast %arg17 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %64 = tosa.reshape %61, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %65 = tosa.reshape %61, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %66 = tosa.greater_equal %64, %65 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %67 = tosa.logical_and %66, %44 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %68 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %69 = tosa.add %68, %46 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %70 = tosa.greater %45, %68 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %71 = tosa.select %70, %69, %68 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %72 = tosa.reshape %71, %8 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %73 = tosa.cast %65 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %74 = tosa.add %73, %47 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %75 = tosa.greater %45, %73 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %76 = tosa.select %75, %74, %73 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %77 = tosa.reshape %76, %9 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %78 = tosa.tile %72, %9 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %79 = tosa.tile %77, %8 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %80 = tosa.concat %78, %79 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %81 = tosa.reshape %63, %10 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %82 = tosa.reshape %80, %11 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %83 = tosa.mul %82, %48, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %84 = tosa.reduce_sum %83 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %85 = tosa.reshape %84, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %86 = tosa.cast %81 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %87 = tosa.gather %86, %85 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %88 = tosa.cast %87 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %89 = tosa.reshape %88, %12 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %90 = tosa.logical_and %67, %89 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %91 = tosa.select %90, %49, %50 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %92 = tosa.reshape %arg1, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %93 = tosa.cast %62 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %94 = tosa.gather %92, %93 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %95 = tosa.add %59, %94 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %96 = tosa.cast %95 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %97 = tosa.reduce_sum %96 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %98 = tosa.mul %97, %51, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %99 = tosa.sub %96, %98 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %100 = tosa.mul %99, %99, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %101 = tosa.reduce_sum %100 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %102 = tosa.mul %101, %51, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %103 = tosa.cast %102 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %104 = tosa.reduce_sum %95 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %105 = tosa.mul %104, %52, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %106 = tosa.add %103, %53 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %107 = tosa.rsqrt %106 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %108 = tosa.sub %95, %105 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %109 = tosa.mul %108, %107, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %110 = tosa.reshape %arg2, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %111 = tosa.mul %109, %110, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %112 = tosa.reshape %arg3, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %113 = tosa.add %111, %112 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %114 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<96x64xf32>) -> tensor<64x96xf32>
    %115 = tosa.reshape %113, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %116 = tosa.reshape %114, %18 : (tensor<64x96xf32>, !tosa.shape<3>) -> tensor<1x64x96xf32>
    %117 = tosa.matmul %115, %116, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x96xf32>
    %118 = tosa.reshape %117, %19 : (tensor<1x32x96xf32>, !tosa.shape<2>) -> tensor<32x96xf32>
    %119 = tosa.reshape %arg5, %20 : (tensor<96xf32>, !tosa.shape<2>) -> tensor<1x96xf32>
    %120 = tosa.add %118, %119 : (tensor<32x96xf32>, tensor<1x96xf32>) -> tensor<32x96xf32>
    %121 = tosa.reshape %120, %21 : (tensor<32x96xf32>, !tosa.shape<4>) -> tensor<2x1x16x96xf32>
    %122 = tosa.slice %121, %23, %22 : (tensor<2x1x16x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x64xf32>
    %123 = tosa.slice %121, %25, %24 : (tensor<2x1x16x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %124 = tosa.slice %121, %26, %24 : (tensor<2x1x16x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %125 = tosa.reshape %122, %27 : (tensor<2x1x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %126 = tosa.transpose %125 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %127 = tosa.reshape %123, %28 : (tensor<2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %128 = tosa.tile %127, %29 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %129 = tosa.reshape %128, %30 : (tensor<2x1x4x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %130 = tosa.reshape %124, %28 : (tensor<2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %131 = tosa.tile %130, %29 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %132 = tosa.transpose %129 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %133 = tosa.reshape %126, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %134 = tosa.reshape %132, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %135 = tosa.matmul %133, %134, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %136 = tosa.reshape %135, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %137 = tosa.mul %136, %54, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %138 = tosa.add %137, %91 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %139 = tosa.reduce_max %138 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %140 = tosa.sub %138, %139 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %141 = tosa.exp %140 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %142 = tosa.reduce_sum %141 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %143 = tosa.reciprocal %142 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %144 = tosa.mul %141, %143, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %145 = tosa.reshape %144, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %146 = tosa.reshape %131, %31 : (tensor<2x1x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %147 = tosa.matmul %145, %146, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %148 = tosa.reshape %147, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %149 = tosa.transpose %148 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %150 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %151 = tosa.reshape %149, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %152 = tosa.reshape %150, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %153 = tosa.matmul %151, %152, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %154 = tosa.reshape %153, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %155 = tosa.reshape %arg7, %32 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %156 = tosa.add %154, %155 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %157 = tosa.reshape %156, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %158 = tosa.add %157, %95 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %159 = tosa.cast %158 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %160 = tosa.reduce_sum %159 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %161 = tosa.mul %160, %51, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %162 = tosa.sub %159, %161 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %163 = tosa.mul %162, %162, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %164 = tosa.reduce_sum %163 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %165 = tosa.mul %164, %51, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %166 = tosa.cast %165 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %167 = tosa.reduce_sum %158 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %168 = tosa.mul %167, %52, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %169 = tosa.add %166, %53 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %170 = tosa.rsqrt %169 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %171 = tosa.sub %158, %168 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %172 = tosa.mul %171, %170, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %173 = tosa.reshape %arg8, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %174 = tosa.mul %172, %173, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %175 = tosa.reshape %arg9, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %176 = tosa.add %174, %175 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %177 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %178 = tosa.reshape %176, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %179 = tosa.reshape %177, %33 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %180 = tosa.matmul %178, %179, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %181 = tosa.reshape %180, %34 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %182 = tosa.reshape %arg11, %35 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %183 = tosa.add %181, %182 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %184 = tosa.reshape %183, %36 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %185 = tosa.mul %37, %184, %4 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %186 = tosa.pow %41, %37 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %187 = tosa.pow %184, %39 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %188 = tosa.mul %40, %187, %4 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %189 = tosa.add %184, %188 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %190 = tosa.mul %186, %189, %4 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %191 = tosa.tanh %190 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %192 = tosa.add %191, %38 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %193 = tosa.mul %185, %192, %4 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %194 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %195 = tosa.reshape %193, %42 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %196 = tosa.reshape %194, %43 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %197 = tosa.matmul %195, %196, %16, %16 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %198 = tosa.reshape %197, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %199 = tosa.reshape %arg13, %32 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %200 = tosa.add %198, %199 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %201 = tosa.reshape %200, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %202 = tosa.add %158, %201 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %203 = tosa.cast %202 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %204 = tosa.reduce_sum %203 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %205 = tosa.mul %204, %51, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %206 = tosa.sub %203, %205 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %207 = tosa.mul %206, %206, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %208 = tosa.reduce_sum %207 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %209 = tosa.mul %208, %51, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %210 = tosa.cast %209 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %211 = tosa.reduce_sum %202 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %212 = tosa.mul %211, %52, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %213 = tosa.add %210, %53 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %214 = tosa.rsqrt %213 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %215 = tosa.sub %202, %212 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %216 = tosa.mul %215, %214, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %217 = tosa.reshape %arg14, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %218 = tosa.mul %216, %217, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %219 = tosa.reshape %arg15, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %220 = tosa.add %218, %219 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %220 : tensor<2x16x64xf32>
  }
}
