// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "clip_text", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %1 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %5 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %6 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %9 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %11 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %12 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %13 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %15 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %26 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %27 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %30 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %31 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %32 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %33 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %34 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %35 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %36 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %37 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<1.702000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %41 = tosa.slice %0, %2, %1 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %42 = tosa.reshape %arg0, %3 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %43 = tosa.reshape %arg20, %4 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %44 = tosa.cast %43 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %45 = tosa.gather %42, %44 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %46 = tosa.reshape %45, %5 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %47 = tosa.reshape %arg1, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %48 = tosa.cast %41 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %49 = tosa.gather %47, %48 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %50 = tosa.add %46, %49 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = tosa.cast %arg21 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %52 = tosa.cast %8 : (tensor<16xi64>) -> tensor<16xi32>
    %53 = tosa.cast %52 : (tensor<16xi32>) -> tensor<16xi64>
    %54 = tosa.reshape %53, %9 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %55 = tosa.reshape %53, %10 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %56 = tosa.greater_equal %54, %55 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %57 = tosa.logical_and %56, %29 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %58 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %59 = tosa.add %58, %31 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %60 = tosa.greater %30, %58 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %61 = tosa.select %60, %59, %58 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %62 = tosa.reshape %61, %11 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %63 = tosa.cast %55 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %64 = tosa.add %63, %32 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %65 = tosa.greater %30, %63 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %66 = tosa.select %65, %64, %63 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %67 = tosa.reshape %66, %12 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %68 = tosa.tile %62, %12 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %69 = tosa.tile %67, %11 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %70 = tosa.concat %68, %69 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %71 = tosa.reshape %51, %13 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %72 = tosa.reshape %70, %14 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %73 = tosa.mul %72, %33, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %74 = tosa.reduce_sum %73 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %75 = tosa.reshape %74, %4 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %76 = tosa.cast %71 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %77 = tosa.gather %76, %75 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %78 = tosa.cast %77 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %79 = tosa.reshape %78, %15 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %80 = tosa.logical_and %57, %79 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %81 = tosa.select %80, %34, %35 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %82 = tosa.cast %50 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %83 = tosa.reduce_sum %82 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %84 = tosa.mul %83, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %85 = tosa.sub %82, %84 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %86 = tosa.mul %85, %85, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %87 = tosa.reduce_sum %86 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %88 = tosa.mul %87, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %89 = tosa.cast %88 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %90 = tosa.reduce_sum %50 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %91 = tosa.mul %90, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %92 = tosa.add %89, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %93 = tosa.rsqrt %92 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %94 = tosa.sub %50, %91 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %95 = tosa.mul %94, %93, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %96 = tosa.reshape %arg10, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %97 = tosa.mul %95, %96, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %98 = tosa.reshape %arg11, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %99 = tosa.add %97, %98 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %100 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %101 = tosa.reshape %99, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %102 = tosa.reshape %100, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %103 = tosa.matmul %101, %102, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %104 = tosa.reshape %103, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %105 = tosa.reshape %arg7, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %106 = tosa.add %104, %105 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %107 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %108 = tosa.reshape %107, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %109 = tosa.matmul %101, %108, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %110 = tosa.reshape %109, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %111 = tosa.reshape %arg3, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %112 = tosa.add %110, %111 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %113 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %114 = tosa.reshape %113, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %115 = tosa.matmul %101, %114, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %116 = tosa.reshape %115, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %117 = tosa.reshape %arg5, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %118 = tosa.add %116, %117 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %119 = tosa.reshape %106, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %120 = tosa.transpose %119 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %121 = tosa.reshape %112, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %122 = tosa.reshape %118, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %123 = tosa.transpose %122 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %124 = tosa.transpose %121 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %125 = tosa.reshape %120, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %126 = tosa.reshape %124, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %127 = tosa.matmul %125, %126, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %128 = tosa.reshape %127, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %129 = tosa.mul %128, %39, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %130 = tosa.add %129, %81 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %131 = tosa.reduce_max %130 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %132 = tosa.sub %130, %131 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %133 = tosa.exp %132 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %134 = tosa.reduce_sum %133 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %135 = tosa.reciprocal %134 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %136 = tosa.mul %133, %135, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %137 = tosa.reshape %136, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %138 = tosa.reshape %123, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %139 = tosa.matmul %137, %138, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %140 = tosa.reshape %139, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %141 = tosa.transpose %140 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %142 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %143 = tosa.reshape %141, %19 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %144 = tosa.reshape %142, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %145 = tosa.matmul %143, %144, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %146 = tosa.reshape %145, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %147 = tosa.reshape %arg9, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %148 = tosa.add %146, %147 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %149 = tosa.reshape %148, %5 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %150 = tosa.add %50, %149 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %151 = tosa.cast %150 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %152 = tosa.reduce_sum %151 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %153 = tosa.mul %152, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %154 = tosa.sub %151, %153 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %155 = tosa.mul %154, %154, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %156 = tosa.reduce_sum %155 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %157 = tosa.mul %156, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %158 = tosa.cast %157 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %159 = tosa.reduce_sum %150 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %160 = tosa.mul %159, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %161 = tosa.add %158, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %162 = tosa.rsqrt %161 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %163 = tosa.sub %150, %160 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %164 = tosa.mul %163, %162, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %165 = tosa.reshape %arg16, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %166 = tosa.mul %164, %165, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %167 = tosa.reshape %arg17, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %168 = tosa.add %166, %167 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %169 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %170 = tosa.reshape %168, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %171 = tosa.reshape %169, %24 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %172 = tosa.matmul %170, %171, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %173 = tosa.reshape %172, %25 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %174 = tosa.reshape %arg13, %26 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %175 = tosa.add %173, %174 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %176 = tosa.reshape %175, %27 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %177 = tosa.mul %176, %40, %7 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %178 = tosa.sigmoid %177 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %179 = tosa.mul %176, %178, %7 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %180 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %181 = tosa.reshape %179, %28 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %182 = tosa.reshape %180, %3 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %183 = tosa.matmul %181, %182, %18, %18 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %184 = tosa.reshape %183, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %185 = tosa.reshape %arg15, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %186 = tosa.add %184, %185 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %187 = tosa.reshape %186, %5 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %188 = tosa.add %150, %187 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %189 = tosa.cast %188 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %190 = tosa.reduce_sum %189 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %191 = tosa.mul %190, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %192 = tosa.sub %189, %191 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %193 = tosa.mul %192, %192, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %194 = tosa.reduce_sum %193 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %195 = tosa.mul %194, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %196 = tosa.cast %195 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %197 = tosa.reduce_sum %188 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %198 = tosa.mul %197, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %199 = tosa.add %196, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %200 = tosa.rsqrt %199 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %201 = tosa.sub %188, %198 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %202 = tosa.mul %201, %200, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %203 = tosa.reshape %arg18, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %204 = tosa.mul %202, %203, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %205 = tosa.reshape %arg19, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %206 = tosa.add %204, %205 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %206 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
