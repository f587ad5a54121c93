// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "clip_text", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %2 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %9 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %10 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %12 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %14 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %15 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %17 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %21 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %28 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %32 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %33 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %34 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %35 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %36 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %37 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %43 = "tosa.const"() <{values = dense<1.702000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %44 = tosa.slice %1, %3, %2 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %45 = tosa.reshape %arg0, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %46 = tosa.reshape %arg20, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %47 = tosa.cast %46 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %48 = tosa.gather %45, %47 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %49 = tosa.reshape %48, %6 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %50 = tosa.reshape %arg1, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %51 = tosa.cast %44 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %52 = tosa.gather %50, %51 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %53 = tosa.add %49, %52 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = tosa.cast %arg21 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %55 = tosa.cast %9 : (tensor<16xi64>) -> tensor<16xi32>
    %56 = tosa.cast %55 : (tensor<16xi32>) -> tensor<16xi64>
    %57 = tosa.reshape %56, %11 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %58 = tosa.reshape %56, %12 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %59 = tosa.greater_equal %57, %58 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %60 = tosa.logical_and %59, %31 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %61 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %62 = tosa.add %61, %33 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %63 = tosa.greater %32, %61 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %64 = tosa.select %63, %62, %61 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %65 = tosa.reshape %64, %13 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %66 = tosa.cast %58 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %67 = tosa.add %66, %34 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %68 = tosa.greater %32, %66 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %69 = tosa.select %68, %67, %66 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %70 = tosa.reshape %69, %14 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %71 = tosa.tile %65, %14 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %72 = tosa.tile %70, %13 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %73 = tosa.concat %71, %72 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %74 = tosa.reshape %54, %15 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %75 = tosa.reshape %73, %16 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %76 = tosa.mul %75, %35, %8 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %77 = tosa.reduce_sum %76 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %78 = tosa.reshape %77, %5 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %79 = tosa.cast %74 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %80 = tosa.gather %79, %78 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %81 = tosa.cast %80 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %82 = tosa.reshape %81, %17 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %83 = tosa.logical_and %60, %82 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %84 = tosa.cast %53 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %85 = tosa.reduce_sum %84 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %86 = tosa.mul %85, %36, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %87 = tosa.sub %84, %86 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %88 = tosa.mul %87, %87, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %89 = tosa.reduce_sum %88 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %90 = tosa.mul %89, %36, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %91 = tosa.cast %90 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %92 = tosa.reduce_sum %53 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %93 = tosa.mul %92, %37, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %94 = tosa.add %91, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %95 = tosa.rsqrt %94 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %96 = tosa.sub %53, %93 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %97 = tosa.mul %96, %95, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %98 = tosa.reshape %arg10, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %99 = tosa.mul %97, %98, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %100 = tosa.reshape %arg11, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %101 = tosa.add %99, %100 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %102 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %103 = tosa.reshape %101, %21 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %104 = tosa.reshape %102, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %105 = tosa.matmul %103, %104, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %106 = tosa.reshape %105, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %107 = tosa.reshape %arg7, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %108 = tosa.add %106, %107 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %109 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %110 = tosa.reshape %109, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %111 = tosa.matmul %103, %110, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %112 = tosa.reshape %111, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %113 = tosa.reshape %arg3, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %114 = tosa.add %112, %113 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %115 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %116 = tosa.reshape %115, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %117 = tosa.matmul %103, %116, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %118 = tosa.reshape %117, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %119 = tosa.reshape %arg5, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %120 = tosa.add %118, %119 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %121 = tosa.reshape %108, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %122 = tosa.transpose %121 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %123 = tosa.reshape %114, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %124 = tosa.reshape %120, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %125 = tosa.transpose %124 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %126 = tosa.select %83, %39, %40 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %127 = tosa.mul %122, %41, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %128 = tosa.transpose %123 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %129 = tosa.mul %128, %41, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %130 = tosa.reshape %127, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %131 = tosa.reshape %129, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %132 = tosa.matmul %130, %131, %20, %20 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %133 = tosa.reshape %132, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %134 = tosa.add %133, %126 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %135 = tosa.reduce_max %134 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %136 = tosa.sub %134, %135 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %137 = tosa.exp %136 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %138 = tosa.reduce_sum %137 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %139 = tosa.reciprocal %138 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %140 = tosa.mul %137, %139, %8 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %141 = tosa.cast %134 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %142 = tosa.equal %141, %42 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %143 = tosa.reduce_all %142 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %144 = tosa.select %143, %0, %140 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %145 = tosa.reshape %144, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %146 = tosa.reshape %125, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %147 = tosa.matmul %145, %146, %20, %20 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %148 = tosa.reshape %147, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %149 = tosa.transpose %148 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %150 = tosa.reshape %149, %6 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %151 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %152 = tosa.reshape %151, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %153 = tosa.tile %152, %10 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %154 = tosa.matmul %150, %153, %20, %20 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %155 = tosa.reshape %arg9, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %156 = tosa.add %154, %155 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %157 = tosa.add %53, %156 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %158 = tosa.cast %157 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %159 = tosa.reduce_sum %158 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %160 = tosa.mul %159, %36, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %161 = tosa.sub %158, %160 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %162 = tosa.mul %161, %161, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %163 = tosa.reduce_sum %162 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %164 = tosa.mul %163, %36, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %165 = tosa.cast %164 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %166 = tosa.reduce_sum %157 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %167 = tosa.mul %166, %37, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %168 = tosa.add %165, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %169 = tosa.rsqrt %168 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %170 = tosa.sub %157, %167 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %171 = tosa.mul %170, %169, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %172 = tosa.reshape %arg16, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %173 = tosa.mul %171, %172, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %174 = tosa.reshape %arg17, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %175 = tosa.add %173, %174 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %176 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %177 = tosa.reshape %175, %21 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %178 = tosa.reshape %176, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %179 = tosa.matmul %177, %178, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %180 = tosa.reshape %179, %27 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %181 = tosa.reshape %arg13, %28 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %182 = tosa.add %180, %181 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %183 = tosa.reshape %182, %29 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %184 = tosa.mul %183, %43, %8 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %185 = tosa.sigmoid %184 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %186 = tosa.mul %183, %185, %8 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %187 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %188 = tosa.reshape %186, %30 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %189 = tosa.reshape %187, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %190 = tosa.matmul %188, %189, %20, %20 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %191 = tosa.reshape %190, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %192 = tosa.reshape %arg15, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %193 = tosa.add %191, %192 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %194 = tosa.reshape %193, %6 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %195 = tosa.add %157, %194 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %196 = tosa.cast %195 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %197 = tosa.reduce_sum %196 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %198 = tosa.mul %197, %36, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %199 = tosa.sub %196, %198 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %200 = tosa.mul %199, %199, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %201 = tosa.reduce_sum %200 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %202 = tosa.mul %201, %36, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %203 = tosa.cast %202 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %204 = tosa.reduce_sum %195 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %205 = tosa.mul %204, %37, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %206 = tosa.add %203, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %207 = tosa.rsqrt %206 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %208 = tosa.sub %195, %205 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %209 = tosa.mul %208, %207, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %210 = tosa.reshape %arg18, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %211 = tosa.mul %209, %210, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %212 = tosa.reshape %arg19, %18 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %213 = tosa.add %211, %212 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %213 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
