// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "nanogpt", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<192x64xf32>, %arg13: tensor<192xf32>, %arg14: tensor<192x64xf32>, %arg15: tensor<192xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<256x64xf32>, %arg21: tensor<256xf32>, %arg22: tensor<256x64xf32>, %arg23: tensor<256xf32>, %arg24: tensor<64x256xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x256xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense<true> : tensor<16x16xi1>}> : () -> tensor<16x16xi1>
    %2 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %6 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %8 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %9 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %11 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %12 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[1, 64, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[32, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %15 = tosa.const_shape  {values = dense<[1, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %16 = tosa.const_shape  {values = dense<[2, 16, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<0> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[0, 0, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[0, 0, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[16, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %26 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[32, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %28 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %33 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %34 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %35 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %36 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %37 = "tosa.const"() <{values = dense<0> : tensor<1x1xi64>}> : () -> tensor<1x1xi64>
    %38 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %39 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %40 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %41 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %44 = tosa.reshape %arg0, %2 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %45 = tosa.reshape %arg28, %3 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %46 = tosa.cast %45 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %47 = tosa.gather %44, %46 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %48 = tosa.reshape %47, %4 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %49 = tosa.reshape %arg1, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %50 = tosa.reshape %5, %7 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %51 = tosa.cast %50 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %52 = tosa.gather %49, %51 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %53 = tosa.add %48, %52 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = tosa.cast %53 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %55 = tosa.reduce_sum %54 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %56 = tosa.mul %55, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %57 = tosa.sub %54, %56 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %58 = tosa.mul %57, %57, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %59 = tosa.reduce_sum %58 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %60 = tosa.mul %59, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %61 = tosa.cast %60 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %62 = tosa.reduce_sum %53 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %63 = tosa.mul %62, %34, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %64 = tosa.add %61, %35 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %65 = tosa.rsqrt %64 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %66 = tosa.sub %53, %63 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %67 = tosa.mul %66, %65, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %68 = tosa.reshape %arg2, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %69 = tosa.mul %67, %68, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %70 = tosa.reshape %arg3, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %71 = tosa.add %69, %70 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %72 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %73 = tosa.reshape %71, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %74 = tosa.reshape %72, %13 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %75 = tosa.matmul %73, %74, %11, %11 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %76 = tosa.reshape %75, %14 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %77 = tosa.reshape %arg13, %15 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %78 = tosa.add %76, %77 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %79 = tosa.reshape %78, %16 : (tensor<32x192xf32>, !tosa.shape<3>) -> tensor<2x16x192xf32>
    %80 = tosa.slice %79, %17, %4 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %81 = tosa.slice %79, %18, %4 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %82 = tosa.slice %79, %19, %4 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %83 = tosa.reshape %80, %20 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %84 = tosa.transpose %83 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %85 = tosa.reshape %81, %20 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %86 = tosa.reshape %82, %20 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %87 = tosa.transpose %86 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %88 = tosa.mul %84, %36, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %89 = tosa.reshape %5, %21 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<16x1xi64>
    %90 = tosa.cast %89 : (tensor<16x1xi64>) -> tensor<16x1xi32>
    %91 = tosa.sub %51, %90 : (tensor<1x16xi32>, tensor<16x1xi32>) -> tensor<16x16xi32>
    %92 = tosa.cast %91 : (tensor<16x16xi32>) -> tensor<16x16xi64>
    %93 = tosa.greater_equal %37, %92 : (tensor<1x1xi64>, tensor<16x16xi64>) -> tensor<16x16xi1>
    %94 = tosa.logical_and %93, %1 : (tensor<16x16xi1>, tensor<16x16xi1>) -> tensor<16x16xi1>
    %95 = tosa.select %94, %38, %39 : (tensor<16x16xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<16x16xf32>
    %96 = tosa.transpose %85 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %97 = tosa.mul %96, %36, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %98 = tosa.reshape %88, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %99 = tosa.reshape %97, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %100 = tosa.matmul %98, %99, %11, %11 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %101 = tosa.reshape %100, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %102 = tosa.reshape %95, %24 : (tensor<16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %103 = tosa.add %101, %102 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %104 = tosa.reduce_max %103 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %105 = tosa.sub %103, %104 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %106 = tosa.exp %105 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %107 = tosa.reduce_sum %106 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %108 = tosa.reciprocal %107 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %109 = tosa.mul %106, %108, %8 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %110 = tosa.cast %103 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %111 = tosa.equal %110, %40 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %112 = tosa.reduce_all %111 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %113 = tosa.select %112, %0, %109 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %114 = tosa.reshape %113, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %115 = tosa.reshape %87, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %116 = tosa.matmul %114, %115, %11, %11 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %117 = tosa.reshape %116, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %118 = tosa.transpose %117 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %119 = tosa.reshape %118, %4 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %120 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %121 = tosa.reshape %120, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %122 = tosa.tile %121, %25 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %123 = tosa.matmul %119, %122, %11, %11 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %124 = tosa.reshape %arg17, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %125 = tosa.add %123, %124 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %126 = tosa.add %53, %125 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %127 = tosa.cast %126 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %128 = tosa.reduce_sum %127 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %129 = tosa.mul %128, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %130 = tosa.sub %127, %129 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %131 = tosa.mul %130, %130, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %132 = tosa.reduce_sum %131 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %133 = tosa.mul %132, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %134 = tosa.cast %133 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %135 = tosa.reduce_sum %126 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %136 = tosa.mul %135, %34, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %137 = tosa.add %134, %35 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %138 = tosa.rsqrt %137 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %139 = tosa.sub %126, %136 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %140 = tosa.mul %139, %138, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %141 = tosa.reshape %arg4, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %142 = tosa.mul %140, %141, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %143 = tosa.reshape %arg5, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %144 = tosa.add %142, %143 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %145 = tosa.transpose %arg20 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %146 = tosa.reshape %144, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %147 = tosa.reshape %145, %26 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %148 = tosa.matmul %146, %147, %11, %11 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %149 = tosa.reshape %148, %27 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %150 = tosa.reshape %arg21, %28 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %151 = tosa.add %149, %150 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %152 = tosa.reshape %151, %29 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %153 = tosa.mul %152, %43, %8 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %154 = tosa.erf %153 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %155 = tosa.add %154, %41 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %156 = tosa.mul %42, %155, %8 : (tensor<1x1x1xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %157 = tosa.mul %152, %156, %8 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %158 = tosa.transpose %arg24 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %159 = tosa.reshape %157, %30 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %160 = tosa.reshape %158, %31 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %161 = tosa.matmul %159, %160, %11, %11 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %162 = tosa.reshape %161, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %163 = tosa.reshape %arg25, %32 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %164 = tosa.add %162, %163 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %165 = tosa.reshape %164, %4 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %166 = tosa.add %126, %165 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %167 = tosa.cast %166 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %168 = tosa.reduce_sum %167 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %169 = tosa.mul %168, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %170 = tosa.sub %167, %169 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %171 = tosa.mul %170, %170, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %172 = tosa.reduce_sum %171 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %173 = tosa.mul %172, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %174 = tosa.cast %173 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %175 = tosa.reduce_sum %166 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %176 = tosa.mul %175, %34, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %177 = tosa.add %174, %35 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %178 = tosa.rsqrt %177 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %179 = tosa.sub %166, %176 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %180 = tosa.mul %179, %178, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %181 = tosa.reshape %arg6, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %182 = tosa.mul %180, %181, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %183 = tosa.reshape %arg7, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %184 = tosa.add %182, %183 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %185 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %186 = tosa.reshape %184, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %187 = tosa.reshape %185, %13 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %188 = tosa.matmul %186, %187, %11, %11 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %189 = tosa.reshape %188, %14 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %190 = tosa.reshape %arg15, %15 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %191 = tosa.add %189, %190 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %192 = tosa.reshape %191, %16 : (tensor<32x192xf32>, !tosa.shape<3>) -> tensor<2x16x192xf32>
    %193 = tosa.slice %192, %17, %4 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %194 = tosa.slice %192, %18, %4 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %195 = tosa.slice %192, %19, %4 : (tensor<2x16x192xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %196 = tosa.reshape %193, %20 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %197 = tosa.transpose %196 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %198 = tosa.reshape %194, %20 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %199 = tosa.reshape %195, %20 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %200 = tosa.transpose %199 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %201 = tosa.mul %197, %36, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %202 = tosa.transpose %198 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %203 = tosa.mul %202, %36, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %204 = tosa.reshape %201, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %205 = tosa.reshape %203, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %206 = tosa.matmul %204, %205, %11, %11 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %207 = tosa.reshape %206, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %208 = tosa.add %207, %102 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %209 = tosa.reduce_max %208 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %210 = tosa.sub %208, %209 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %211 = tosa.exp %210 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %212 = tosa.reduce_sum %211 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %213 = tosa.reciprocal %212 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %214 = tosa.mul %211, %213, %8 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %215 = tosa.cast %208 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %216 = tosa.equal %215, %40 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %217 = tosa.reduce_all %216 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %218 = tosa.select %217, %0, %214 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %219 = tosa.reshape %218, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %220 = tosa.reshape %200, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %221 = tosa.matmul %219, %220, %11, %11 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %222 = tosa.reshape %221, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %223 = tosa.transpose %222 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %224 = tosa.reshape %223, %4 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %225 = tosa.transpose %arg18 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %226 = tosa.reshape %225, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %227 = tosa.tile %226, %25 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %228 = tosa.matmul %224, %227, %11, %11 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %229 = tosa.reshape %arg19, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %230 = tosa.add %228, %229 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %231 = tosa.add %166, %230 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %232 = tosa.cast %231 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %233 = tosa.reduce_sum %232 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %234 = tosa.mul %233, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %235 = tosa.sub %232, %234 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %236 = tosa.mul %235, %235, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %237 = tosa.reduce_sum %236 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %238 = tosa.mul %237, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %239 = tosa.cast %238 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %240 = tosa.reduce_sum %231 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %241 = tosa.mul %240, %34, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %242 = tosa.add %239, %35 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %243 = tosa.rsqrt %242 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %244 = tosa.sub %231, %241 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %245 = tosa.mul %244, %243, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %246 = tosa.reshape %arg8, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %247 = tosa.mul %245, %246, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %248 = tosa.reshape %arg9, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %249 = tosa.add %247, %248 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %250 = tosa.transpose %arg22 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %251 = tosa.reshape %249, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %252 = tosa.reshape %250, %26 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %253 = tosa.matmul %251, %252, %11, %11 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %254 = tosa.reshape %253, %27 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %255 = tosa.reshape %arg23, %28 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %256 = tosa.add %254, %255 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %257 = tosa.reshape %256, %29 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %258 = tosa.mul %257, %43, %8 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %259 = tosa.erf %258 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %260 = tosa.add %259, %41 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %261 = tosa.mul %42, %260, %8 : (tensor<1x1x1xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %262 = tosa.mul %257, %261, %8 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %263 = tosa.transpose %arg26 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %264 = tosa.reshape %262, %30 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %265 = tosa.reshape %263, %31 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %266 = tosa.matmul %264, %265, %11, %11 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %267 = tosa.reshape %266, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %268 = tosa.reshape %arg27, %32 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %269 = tosa.add %267, %268 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %270 = tosa.reshape %269, %4 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %271 = tosa.add %231, %270 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %272 = tosa.cast %271 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %273 = tosa.reduce_sum %272 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %274 = tosa.mul %273, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %275 = tosa.sub %272, %274 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %276 = tosa.mul %275, %275, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %277 = tosa.reduce_sum %276 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %278 = tosa.mul %277, %33, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %279 = tosa.cast %278 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %280 = tosa.reduce_sum %271 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %281 = tosa.mul %280, %34, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %282 = tosa.add %279, %35 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %283 = tosa.rsqrt %282 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %284 = tosa.sub %271, %281 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %285 = tosa.mul %284, %283, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %286 = tosa.reshape %arg10, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %287 = tosa.mul %285, %286, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %288 = tosa.reshape %arg11, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %289 = tosa.add %287, %288 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %289 : tensor<2x16x64xf32>
  }
}
