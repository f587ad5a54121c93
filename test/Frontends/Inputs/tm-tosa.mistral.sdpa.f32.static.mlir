// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %6 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %17 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[2, 16, 2, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[2, 2, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %28 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %29 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %35 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %36 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %38 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %39 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float32> : tensor<1x1x8xf32>}> : () -> tensor<1x1x8xf32>
    %40 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %47 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %48 = tosa.reshape %arg11, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %49 = tosa.cast %48 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %50 = tosa.gather %47, %49 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %51 = tosa.reshape %50, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %52 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %53 = tosa.cast %52 : (tensor<16xi32>) -> tensor<16xi64>
    %54 = tosa.cast %arg12 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %55 = tosa.reshape %53, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %56 = tosa.reshape %53, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %57 = tosa.greater_equal %55, %56 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %58 = tosa.logical_and %57, %34 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %59 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %60 = tosa.add %59, %36 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %61 = tosa.greater %35, %59 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %62 = tosa.select %61, %60, %59 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %63 = tosa.reshape %62, %9 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %64 = tosa.cast %56 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %65 = tosa.add %64, %37 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %66 = tosa.greater %35, %64 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %67 = tosa.select %66, %65, %64 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %68 = tosa.reshape %67, %10 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %69 = tosa.tile %63, %10 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %70 = tosa.tile %68, %9 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %71 = tosa.concat %69, %70 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %72 = tosa.reshape %54, %11 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %73 = tosa.reshape %71, %12 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %74 = tosa.mul %73, %38, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %75 = tosa.reduce_sum %74 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %76 = tosa.reshape %75, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %77 = tosa.cast %72 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %78 = tosa.gather %77, %76 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %79 = tosa.cast %78 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %80 = tosa.reshape %79, %13 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %81 = tosa.logical_and %58, %80 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %82 = tosa.reshape %53, %14 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %83 = tosa.cast %82 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %84 = tosa.mul %83, %39, %5 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %85 = tosa.concat %84, %84 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %86 = tosa.cos %85 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %87 = tosa.sin %85 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %88 = tosa.pow %51, %40 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %89 = tosa.reduce_sum %88 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %90 = tosa.mul %89, %41, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %91 = tosa.add %90, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %92 = tosa.rsqrt %91 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %93 = tosa.mul %51, %92, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %94 = tosa.reshape %arg8, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %95 = tosa.mul %94, %93, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %96 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %97 = tosa.reshape %95, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %98 = tosa.reshape %96, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %99 = tosa.matmul %97, %98, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %100 = tosa.reshape %99, %19 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %101 = tosa.transpose %100 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %102 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %103 = tosa.reshape %102, %20 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %104 = tosa.matmul %97, %103, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32xf32>
    %105 = tosa.reshape %104, %21 : (tensor<1x32x32xf32>, !tosa.shape<4>) -> tensor<2x16x2x16xf32>
    %106 = tosa.transpose %105 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf32>) -> tensor<2x2x16x16xf32>
    %107 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %108 = tosa.reshape %107, %20 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %109 = tosa.matmul %97, %108, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32xf32>
    %110 = tosa.reshape %109, %21 : (tensor<1x32x32xf32>, !tosa.shape<4>) -> tensor<2x16x2x16xf32>
    %111 = tosa.transpose %110 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf32>) -> tensor<2x2x16x16xf32>
    %112 = tosa.reshape %86, %22 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %113 = tosa.reshape %87, %22 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %114 = tosa.mul %101, %112, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %115 = tosa.slice %101, %24, %23 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %116 = tosa.slice %101, %25, %23 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %117 = tosa.negate %116, %16, %16 : (tensor<2x4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x8xf32>
    %118 = tosa.concat %117, %115 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %119 = tosa.mul %118, %113, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %120 = tosa.add %114, %119 : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %121 = tosa.mul %106, %112, %5 : (tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x2x16x16xf32>
    %122 = tosa.slice %106, %24, %26 : (tensor<2x2x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf32>
    %123 = tosa.slice %106, %25, %26 : (tensor<2x2x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf32>
    %124 = tosa.negate %123, %16, %16 : (tensor<2x2x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x2x16x8xf32>
    %125 = tosa.concat %124, %122 {axis = 3 : i32} : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %126 = tosa.mul %125, %113, %5 : (tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x2x16x16xf32>
    %127 = tosa.add %121, %126 : (tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) -> tensor<2x2x16x16xf32>
    %128 = tosa.reshape %127, %27 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %129 = tosa.tile %128, %28 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %130 = tosa.reshape %129, %29 : (tensor<2x2x2x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %131 = tosa.reshape %111, %27 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %132 = tosa.tile %131, %28 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %133 = tosa.select %81, %43, %44 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %134 = tosa.mul %120, %45, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %135 = tosa.transpose %130 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %136 = tosa.mul %135, %45, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %137 = tosa.reshape %134, %30 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %138 = tosa.reshape %136, %30 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %139 = tosa.matmul %137, %138, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %140 = tosa.reshape %139, %29 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %141 = tosa.add %140, %133 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %142 = tosa.reduce_max %141 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %143 = tosa.sub %141, %142 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %144 = tosa.exp %143 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %145 = tosa.reduce_sum %144 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %146 = tosa.reciprocal %145 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %147 = tosa.mul %144, %146, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %148 = tosa.cast %141 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %149 = tosa.equal %148, %46 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %150 = tosa.reduce_all %149 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %151 = tosa.select %150, %0, %147 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %152 = tosa.reshape %151, %30 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %153 = tosa.reshape %132, %30 : (tensor<2x2x2x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %154 = tosa.matmul %152, %153, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %155 = tosa.reshape %154, %29 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %156 = tosa.transpose %155 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %157 = tosa.reshape %156, %3 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %158 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %159 = tosa.reshape %158, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %160 = tosa.tile %159, %6 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %161 = tosa.matmul %157, %160, %16, %16 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %162 = tosa.add %51, %161 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %163 = tosa.pow %162, %40 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %164 = tosa.reduce_sum %163 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %165 = tosa.mul %164, %41, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %166 = tosa.add %165, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %167 = tosa.rsqrt %166 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %168 = tosa.mul %162, %167, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %169 = tosa.reshape %arg9, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %170 = tosa.mul %169, %168, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %171 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %172 = tosa.reshape %170, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %173 = tosa.reshape %171, %31 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %174 = tosa.matmul %172, %173, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %175 = tosa.reshape %174, %32 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %176 = tosa.sigmoid %175 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %177 = tosa.mul %175, %176, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %178 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %179 = tosa.reshape %178, %31 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %180 = tosa.matmul %172, %179, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %181 = tosa.reshape %180, %32 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %182 = tosa.mul %177, %181, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %183 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %184 = tosa.reshape %182, %33 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %185 = tosa.reshape %183, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %186 = tosa.matmul %184, %185, %16, %16 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %187 = tosa.reshape %186, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %188 = tosa.add %162, %187 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %189 = tosa.pow %188, %40 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %190 = tosa.reduce_sum %189 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %191 = tosa.mul %190, %41, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %192 = tosa.add %191, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %193 = tosa.rsqrt %192 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %194 = tosa.mul %188, %193, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %195 = tosa.reshape %arg10, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %196 = tosa.mul %195, %194, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    return %196 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
