// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_bigcode", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<96x64xf32>, %arg5: tensor<96xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<256x64xf32>, %arg11: tensor<256xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<2x16xi64>, %arg17: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %6 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %12 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %14 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[1, 64, 96]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[32, 96]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[1, 96]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 1, 16, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[2, 1, 16, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[2, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[2, 1, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %31 = tosa.const_shape  {values = dense<[1, 1, 4, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %32 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = tosa.const_shape  {values = dense<[32, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %36 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %37 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %38 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %39 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %40 = "tosa.const"() <{values = dense<3.000000e+00> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %41 = "tosa.const"() <{values = dense<4.471500e-02> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %42 = "tosa.const"() <{values = dense<0.636619746> : tensor<2x16x256xf32>}> : () -> tensor<2x16x256xf32>
    %43 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %44 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %45 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %46 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %47 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %48 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %49 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %50 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %51 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %52 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %53 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %54 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %55 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %56 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %57 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %58 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %59 = tosa.reshape %arg16, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %60 = tosa.cast %59 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %61 = tosa.gather %58, %60 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %62 = tosa.reshape %61, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %63 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %64 = tosa.cast %63 : (tensor<16xi32>) -> tensor<16xi64>
    %65 = tosa.reshape %64, %6 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %66 = tosa.cast %arg17 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %67 = tosa.reshape %64, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %68 = tosa.reshape %64, %9 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %69 = tosa.greater_equal %67, %68 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %70 = tosa.logical_and %69, %46 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %71 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %72 = tosa.add %71, %48 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %73 = tosa.greater %47, %71 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %74 = tosa.select %73, %72, %71 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %75 = tosa.reshape %74, %10 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %76 = tosa.cast %68 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %77 = tosa.add %76, %49 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %78 = tosa.greater %47, %76 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %79 = tosa.select %78, %77, %76 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %80 = tosa.reshape %79, %11 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %81 = tosa.tile %75, %11 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %82 = tosa.tile %80, %10 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %83 = tosa.concat %81, %82 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %84 = tosa.reshape %66, %12 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %85 = tosa.reshape %83, %13 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %86 = tosa.mul %85, %50, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %87 = tosa.reduce_sum %86 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %88 = tosa.reshape %87, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %89 = tosa.cast %84 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %90 = tosa.gather %89, %88 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %91 = tosa.cast %90 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %92 = tosa.reshape %91, %14 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %93 = tosa.logical_and %70, %92 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %94 = tosa.reshape %arg1, %15 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %95 = tosa.cast %65 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %96 = tosa.gather %94, %95 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %97 = tosa.add %62, %96 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %98 = tosa.cast %97 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %99 = tosa.reduce_sum %98 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %100 = tosa.mul %99, %51, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %101 = tosa.sub %98, %100 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %102 = tosa.mul %101, %101, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %103 = tosa.reduce_sum %102 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %104 = tosa.mul %103, %51, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %105 = tosa.cast %104 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %106 = tosa.reduce_sum %97 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %107 = tosa.mul %106, %52, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %108 = tosa.add %105, %53 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %109 = tosa.rsqrt %108 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %110 = tosa.sub %97, %107 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %111 = tosa.mul %110, %109, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %112 = tosa.reshape %arg2, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %113 = tosa.mul %111, %112, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %114 = tosa.reshape %arg3, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %115 = tosa.add %113, %114 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %116 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<96x64xf32>) -> tensor<64x96xf32>
    %117 = tosa.reshape %115, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %118 = tosa.reshape %116, %20 : (tensor<64x96xf32>, !tosa.shape<3>) -> tensor<1x64x96xf32>
    %119 = tosa.matmul %117, %118, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x96xf32>
    %120 = tosa.reshape %119, %21 : (tensor<1x32x96xf32>, !tosa.shape<2>) -> tensor<32x96xf32>
    %121 = tosa.reshape %arg5, %22 : (tensor<96xf32>, !tosa.shape<2>) -> tensor<1x96xf32>
    %122 = tosa.add %120, %121 : (tensor<32x96xf32>, tensor<1x96xf32>) -> tensor<32x96xf32>
    %123 = tosa.reshape %122, %23 : (tensor<32x96xf32>, !tosa.shape<4>) -> tensor<2x1x16x96xf32>
    %124 = tosa.slice %123, %25, %24 : (tensor<2x1x16x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x64xf32>
    %125 = tosa.slice %123, %27, %26 : (tensor<2x1x16x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %126 = tosa.slice %123, %28, %26 : (tensor<2x1x16x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %127 = tosa.reshape %124, %29 : (tensor<2x1x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %128 = tosa.transpose %127 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %129 = tosa.reshape %125, %30 : (tensor<2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %130 = tosa.tile %129, %31 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %131 = tosa.reshape %130, %32 : (tensor<2x1x4x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %132 = tosa.reshape %126, %30 : (tensor<2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %133 = tosa.tile %132, %31 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %134 = tosa.select %93, %54, %55 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %135 = tosa.mul %128, %56, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %136 = tosa.transpose %131 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %137 = tosa.mul %136, %56, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %138 = tosa.reshape %135, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %139 = tosa.reshape %137, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %140 = tosa.matmul %138, %139, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %141 = tosa.reshape %140, %32 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %142 = tosa.add %141, %134 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %143 = tosa.reduce_max %142 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %144 = tosa.sub %142, %143 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %145 = tosa.exp %144 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %146 = tosa.reduce_sum %145 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %147 = tosa.reciprocal %146 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %148 = tosa.mul %145, %147, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %149 = tosa.cast %142 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %150 = tosa.equal %149, %57 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %151 = tosa.reduce_all %150 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %152 = tosa.select %151, %0, %148 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %153 = tosa.reshape %152, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %154 = tosa.reshape %133, %33 : (tensor<2x1x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %155 = tosa.matmul %153, %154, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %156 = tosa.reshape %155, %32 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %157 = tosa.transpose %156 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %158 = tosa.reshape %157, %3 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %159 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %160 = tosa.reshape %159, %15 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %161 = tosa.tile %160, %7 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %162 = tosa.matmul %158, %161, %18, %18 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %163 = tosa.reshape %arg7, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %164 = tosa.add %162, %163 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %165 = tosa.add %164, %97 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %166 = tosa.cast %165 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %167 = tosa.reduce_sum %166 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %168 = tosa.mul %167, %51, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %169 = tosa.sub %166, %168 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %170 = tosa.mul %169, %169, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %171 = tosa.reduce_sum %170 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %172 = tosa.mul %171, %51, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %173 = tosa.cast %172 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %174 = tosa.reduce_sum %165 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %175 = tosa.mul %174, %52, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %176 = tosa.add %173, %53 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %177 = tosa.rsqrt %176 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %178 = tosa.sub %165, %175 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %179 = tosa.mul %178, %177, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %180 = tosa.reshape %arg8, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %181 = tosa.mul %179, %180, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %182 = tosa.reshape %arg9, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %183 = tosa.add %181, %182 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %184 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %185 = tosa.reshape %183, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %186 = tosa.reshape %184, %34 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %187 = tosa.matmul %185, %186, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %188 = tosa.reshape %187, %35 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %189 = tosa.reshape %arg11, %36 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %190 = tosa.add %188, %189 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %191 = tosa.reshape %190, %37 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %192 = tosa.mul %38, %191, %5 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %193 = tosa.pow %42, %38 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %194 = tosa.pow %191, %40 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %195 = tosa.mul %41, %194, %5 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %196 = tosa.add %191, %195 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %197 = tosa.mul %193, %196, %5 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %198 = tosa.tanh %197 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %199 = tosa.add %198, %39 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %200 = tosa.mul %192, %199, %5 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %201 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %202 = tosa.reshape %200, %43 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %203 = tosa.reshape %201, %44 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %204 = tosa.matmul %202, %203, %18, %18 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %205 = tosa.reshape %204, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %206 = tosa.reshape %arg13, %45 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %207 = tosa.add %205, %206 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %208 = tosa.reshape %207, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %209 = tosa.add %165, %208 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %210 = tosa.cast %209 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %211 = tosa.reduce_sum %210 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %212 = tosa.mul %211, %51, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %213 = tosa.sub %210, %212 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %214 = tosa.mul %213, %213, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %215 = tosa.reduce_sum %214 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %216 = tosa.mul %215, %51, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %217 = tosa.cast %216 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %218 = tosa.reduce_sum %209 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %219 = tosa.mul %218, %52, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %220 = tosa.add %217, %53 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %221 = tosa.rsqrt %220 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %222 = tosa.sub %209, %219 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %223 = tosa.mul %222, %221, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %224 = tosa.reshape %arg14, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %225 = tosa.mul %223, %224, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %226 = tosa.reshape %arg15, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %227 = tosa.add %225, %226 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %227 : tensor<2x16x64xf32>
  }
}
