// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "gpt2", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x192xf32>, %arg5: tensor<192xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<256xf32>, %arg12: tensor<256x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x192xf32>, %arg17: tensor<192xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x256xf32>, %arg23: tensor<256xf32>, %arg24: tensor<256x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>, %arg29: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %16 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %17 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[1, 64, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[32, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[1, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 16, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<0> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[0, 0, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<[0, 0, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[32, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %32 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %36 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %38 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %39 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %40 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %43 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<3.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<4.471500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<0.797884583> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %51 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %52 = tosa.reshape %arg28, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %53 = tosa.cast %52 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %54 = tosa.gather %51, %53 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %55 = tosa.reshape %54, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %56 = tosa.cast %3 : (tensor<16xi64>) -> tensor<16xi32>
    %57 = tosa.cast %56 : (tensor<16xi32>) -> tensor<16xi64>
    %58 = tosa.reshape %57, %5 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %59 = tosa.reshape %arg1, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %60 = tosa.cast %58 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %61 = tosa.gather %59, %60 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %62 = tosa.add %55, %61 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %63 = tosa.cast %arg29 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %64 = tosa.reshape %57, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %65 = tosa.reshape %57, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %66 = tosa.greater_equal %64, %65 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %67 = tosa.logical_and %66, %35 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %68 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %69 = tosa.add %68, %37 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %70 = tosa.greater %36, %68 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %71 = tosa.select %70, %69, %68 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %72 = tosa.reshape %71, %9 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %73 = tosa.cast %65 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %74 = tosa.add %73, %38 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %75 = tosa.greater %36, %73 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %76 = tosa.select %75, %74, %73 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %77 = tosa.reshape %76, %10 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %78 = tosa.tile %72, %10 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %79 = tosa.tile %77, %9 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %80 = tosa.concat %78, %79 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %81 = tosa.reshape %63, %11 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %82 = tosa.reshape %80, %12 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %83 = tosa.mul %82, %39, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %84 = tosa.reduce_sum %83 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %85 = tosa.reshape %84, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %86 = tosa.cast %81 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %87 = tosa.gather %86, %85 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %88 = tosa.cast %87 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %89 = tosa.reshape %88, %13 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %90 = tosa.logical_and %67, %89 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %91 = tosa.select %90, %40, %41 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %92 = tosa.cast %62 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %93 = tosa.reduce_sum %92 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %94 = tosa.mul %93, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %95 = tosa.sub %92, %94 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %96 = tosa.mul %95, %95, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %97 = tosa.reduce_sum %96 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %98 = tosa.mul %97, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %99 = tosa.cast %98 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %100 = tosa.reduce_sum %62 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %101 = tosa.mul %100, %43, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %102 = tosa.add %99, %44 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %103 = tosa.rsqrt %102 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %104 = tosa.sub %62, %101 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %105 = tosa.mul %104, %103, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %106 = tosa.reshape %arg2, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %107 = tosa.mul %105, %106, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %108 = tosa.reshape %arg3, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %109 = tosa.add %107, %108 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %110 = tosa.reshape %109, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %111 = tosa.reshape %arg4, %18 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %112 = tosa.matmul %110, %111, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %113 = tosa.reshape %112, %19 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %114 = tosa.reshape %arg5, %20 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %115 = tosa.add %113, %114 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %116 = tosa.reshape %115, %21 : (tensor<32x192xf32>, !tosa.shape<3>) -> tensor<2x16x192xf32>
    %117 = tosa.slice %116, %22, %2 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %118 = tosa.slice %116, %23, %2 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %119 = tosa.slice %116, %24, %2 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %120 = tosa.reshape %118, %25 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %121 = tosa.reshape %119, %25 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %122 = tosa.transpose %121 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %123 = tosa.reshape %117, %25 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %124 = tosa.transpose %123 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %125 = tosa.transpose %120 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %126 = tosa.reshape %124, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %127 = tosa.reshape %125, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %128 = tosa.matmul %126, %127, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %129 = tosa.reshape %128, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %130 = tosa.mul %129, %45, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %131 = tosa.add %130, %91 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %132 = tosa.reduce_max %131 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %133 = tosa.sub %131, %132 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %134 = tosa.exp %133 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %135 = tosa.reduce_sum %134 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %136 = tosa.reciprocal %135 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %137 = tosa.mul %134, %136, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %138 = tosa.reshape %137, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %139 = tosa.reshape %122, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %140 = tosa.matmul %138, %139, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %141 = tosa.reshape %140, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %142 = tosa.transpose %141 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %143 = tosa.reshape %142, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %144 = tosa.reshape %arg6, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %145 = tosa.matmul %143, %144, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %146 = tosa.reshape %145, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %147 = tosa.reshape %arg7, %28 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %148 = tosa.add %146, %147 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %149 = tosa.reshape %148, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %150 = tosa.add %149, %62 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %151 = tosa.cast %150 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %152 = tosa.reduce_sum %151 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %153 = tosa.mul %152, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %154 = tosa.sub %151, %153 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %155 = tosa.mul %154, %154, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %156 = tosa.reduce_sum %155 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %157 = tosa.mul %156, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %158 = tosa.cast %157 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %159 = tosa.reduce_sum %150 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %160 = tosa.mul %159, %43, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %161 = tosa.add %158, %44 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %162 = tosa.rsqrt %161 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %163 = tosa.sub %150, %160 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %164 = tosa.mul %163, %162, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %165 = tosa.reshape %arg8, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %166 = tosa.mul %164, %165, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %167 = tosa.reshape %arg9, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %168 = tosa.add %166, %167 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %169 = tosa.reshape %168, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %170 = tosa.reshape %arg10, %29 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %171 = tosa.matmul %169, %170, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %172 = tosa.reshape %171, %30 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %173 = tosa.reshape %arg11, %31 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %174 = tosa.add %172, %173 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %175 = tosa.reshape %174, %32 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %176 = tosa.mul %175, %46, %4 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %177 = tosa.pow %175, %47 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %178 = tosa.mul %177, %48, %4 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %179 = tosa.add %175, %178 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %180 = tosa.mul %179, %49, %4 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %181 = tosa.tanh %180 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %182 = tosa.add %181, %50 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %183 = tosa.mul %176, %182, %4 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %184 = tosa.reshape %183, %33 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %185 = tosa.reshape %arg12, %34 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %186 = tosa.matmul %184, %185, %16, %16 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %187 = tosa.reshape %186, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %188 = tosa.reshape %arg13, %28 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %189 = tosa.add %187, %188 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %190 = tosa.reshape %189, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %191 = tosa.add %150, %190 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %192 = tosa.cast %191 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %193 = tosa.reduce_sum %192 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %194 = tosa.mul %193, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %195 = tosa.sub %192, %194 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %196 = tosa.mul %195, %195, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %197 = tosa.reduce_sum %196 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %198 = tosa.mul %197, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %199 = tosa.cast %198 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %200 = tosa.reduce_sum %191 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %201 = tosa.mul %200, %43, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %202 = tosa.add %199, %44 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %203 = tosa.rsqrt %202 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %204 = tosa.sub %191, %201 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %205 = tosa.mul %204, %203, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %206 = tosa.reshape %arg14, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %207 = tosa.mul %205, %206, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %208 = tosa.reshape %arg15, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %209 = tosa.add %207, %208 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %210 = tosa.reshape %209, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %211 = tosa.reshape %arg16, %18 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %212 = tosa.matmul %210, %211, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %213 = tosa.reshape %212, %19 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %214 = tosa.reshape %arg17, %20 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %215 = tosa.add %213, %214 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %216 = tosa.reshape %215, %21 : (tensor<32x192xf32>, !tosa.shape<3>) -> tensor<2x16x192xf32>
    %217 = tosa.slice %216, %22, %2 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %218 = tosa.slice %216, %23, %2 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %219 = tosa.slice %216, %24, %2 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %220 = tosa.reshape %218, %25 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %221 = tosa.reshape %219, %25 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %222 = tosa.transpose %221 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %223 = tosa.reshape %217, %25 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %224 = tosa.transpose %223 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %225 = tosa.transpose %220 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %226 = tosa.reshape %224, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %227 = tosa.reshape %225, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %228 = tosa.matmul %226, %227, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %229 = tosa.reshape %228, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %230 = tosa.mul %229, %45, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %231 = tosa.add %230, %91 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %232 = tosa.reduce_max %231 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %233 = tosa.sub %231, %232 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %234 = tosa.exp %233 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %235 = tosa.reduce_sum %234 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %236 = tosa.reciprocal %235 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %237 = tosa.mul %234, %236, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %238 = tosa.reshape %237, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %239 = tosa.reshape %222, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %240 = tosa.matmul %238, %239, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %241 = tosa.reshape %240, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %242 = tosa.transpose %241 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %243 = tosa.reshape %242, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %244 = tosa.reshape %arg18, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %245 = tosa.matmul %243, %244, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %246 = tosa.reshape %245, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %247 = tosa.reshape %arg19, %28 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %248 = tosa.add %246, %247 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %249 = tosa.reshape %248, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %250 = tosa.add %249, %191 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %251 = tosa.cast %250 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %252 = tosa.reduce_sum %251 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %253 = tosa.mul %252, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %254 = tosa.sub %251, %253 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %255 = tosa.mul %254, %254, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %256 = tosa.reduce_sum %255 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %257 = tosa.mul %256, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %258 = tosa.cast %257 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %259 = tosa.reduce_sum %250 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %260 = tosa.mul %259, %43, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %261 = tosa.add %258, %44 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %262 = tosa.rsqrt %261 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %263 = tosa.sub %250, %260 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %264 = tosa.mul %263, %262, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %265 = tosa.reshape %arg20, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %266 = tosa.mul %264, %265, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %267 = tosa.reshape %arg21, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %268 = tosa.add %266, %267 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %269 = tosa.reshape %268, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %270 = tosa.reshape %arg22, %29 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %271 = tosa.matmul %269, %270, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %272 = tosa.reshape %271, %30 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %273 = tosa.reshape %arg23, %31 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %274 = tosa.add %272, %273 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %275 = tosa.reshape %274, %32 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %276 = tosa.mul %275, %46, %4 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %277 = tosa.pow %275, %47 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %278 = tosa.mul %277, %48, %4 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %279 = tosa.add %275, %278 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %280 = tosa.mul %279, %49, %4 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %281 = tosa.tanh %280 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %282 = tosa.add %281, %50 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %283 = tosa.mul %276, %282, %4 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %284 = tosa.reshape %283, %33 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %285 = tosa.reshape %arg24, %34 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %286 = tosa.matmul %284, %285, %16, %16 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %287 = tosa.reshape %286, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %288 = tosa.reshape %arg25, %28 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %289 = tosa.add %287, %288 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %290 = tosa.reshape %289, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %291 = tosa.add %250, %290 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %292 = tosa.cast %291 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %293 = tosa.reduce_sum %292 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %294 = tosa.mul %293, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %295 = tosa.sub %292, %294 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %296 = tosa.mul %295, %295, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %297 = tosa.reduce_sum %296 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %298 = tosa.mul %297, %42, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %299 = tosa.cast %298 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %300 = tosa.reduce_sum %291 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %301 = tosa.mul %300, %43, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %302 = tosa.add %299, %44 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %303 = tosa.rsqrt %302 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %304 = tosa.sub %291, %301 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %305 = tosa.mul %304, %303, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %306 = tosa.reshape %arg26, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %307 = tosa.mul %305, %306, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %308 = tosa.reshape %arg27, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %309 = tosa.add %307, %308 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %309 : tensor<2x16x64xf32>
  }
}
