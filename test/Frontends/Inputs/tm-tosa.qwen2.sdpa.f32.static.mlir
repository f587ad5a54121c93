// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [16]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [16]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "qwen2", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<16x64xf32>, %arg4: tensor<16xf32>, %arg5: tensor<16x64xf32>, %arg6: tensor<16xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<64x128xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<2x16xi64>, %arg15: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %15 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[1, 64, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<[32, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %25 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[2, 1, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[2, 1, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %31 = tosa.const_shape  {values = dense<[1, 1, 4, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %32 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %38 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %39 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %40 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %41 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %42 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float32> : tensor<1x1x8xf32>}> : () -> tensor<1x1x8xf32>
    %43 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %46 = tosa.const_shape  {values = dense<[2, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %47 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %51 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %52 = tosa.reshape %arg14, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %53 = tosa.cast %52 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %54 = tosa.gather %51, %53 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %55 = tosa.reshape %54, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %56 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %57 = tosa.cast %56 : (tensor<16xi32>) -> tensor<16xi64>
    %58 = tosa.cast %arg15 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %59 = tosa.reshape %57, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %60 = tosa.reshape %57, %9 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %61 = tosa.greater_equal %59, %60 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %62 = tosa.logical_and %61, %37 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %63 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %64 = tosa.add %63, %39 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %65 = tosa.greater %38, %63 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %66 = tosa.select %65, %64, %63 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %67 = tosa.reshape %66, %10 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %68 = tosa.cast %60 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %69 = tosa.add %68, %40 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %70 = tosa.greater %38, %68 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %71 = tosa.select %70, %69, %68 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %72 = tosa.reshape %71, %11 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %73 = tosa.tile %67, %11 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %74 = tosa.tile %72, %10 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %75 = tosa.concat %73, %74 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %76 = tosa.reshape %58, %12 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %77 = tosa.reshape %75, %13 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %78 = tosa.mul %77, %41, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %79 = tosa.reduce_sum %78 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %80 = tosa.reshape %79, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %81 = tosa.cast %76 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %82 = tosa.gather %81, %80 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %83 = tosa.cast %82 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %84 = tosa.reshape %83, %14 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %85 = tosa.logical_and %62, %84 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %86 = tosa.reshape %57, %15 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %87 = tosa.cast %86 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %88 = tosa.mul %87, %42, %5 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %89 = tosa.concat %88, %88 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %90 = tosa.cos %89 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %91 = tosa.sin %89 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %92 = tosa.pow %55, %43 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %93 = tosa.reduce_sum %92 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %94 = tosa.mul %93, %44, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %95 = tosa.add %94, %45 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %96 = tosa.rsqrt %95 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %97 = tosa.mul %55, %96, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %98 = tosa.reshape %arg11, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %99 = tosa.mul %98, %97, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %100 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %101 = tosa.reshape %99, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %102 = tosa.reshape %100, %20 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %103 = tosa.matmul %101, %102, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %104 = tosa.reshape %103, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %105 = tosa.reshape %arg2, %21 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %106 = tosa.add %104, %105 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %107 = tosa.reshape %106, %22 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %108 = tosa.transpose %107 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %109 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<16x64xf32>) -> tensor<64x16xf32>
    %110 = tosa.reshape %109, %23 : (tensor<64x16xf32>, !tosa.shape<3>) -> tensor<1x64x16xf32>
    %111 = tosa.matmul %101, %110, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x16xf32>
    %112 = tosa.reshape %111, %24 : (tensor<1x32x16xf32>, !tosa.shape<2>) -> tensor<32x16xf32>
    %113 = tosa.reshape %arg4, %6 : (tensor<16xf32>, !tosa.shape<2>) -> tensor<1x16xf32>
    %114 = tosa.add %112, %113 : (tensor<32x16xf32>, tensor<1x16xf32>) -> tensor<32x16xf32>
    %115 = tosa.reshape %114, %46 : (tensor<32x16xf32>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %116 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<16x64xf32>) -> tensor<64x16xf32>
    %117 = tosa.reshape %116, %23 : (tensor<64x16xf32>, !tosa.shape<3>) -> tensor<1x64x16xf32>
    %118 = tosa.matmul %101, %117, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x16xf32>
    %119 = tosa.reshape %118, %24 : (tensor<1x32x16xf32>, !tosa.shape<2>) -> tensor<32x16xf32>
    %120 = tosa.reshape %arg6, %6 : (tensor<16xf32>, !tosa.shape<2>) -> tensor<1x16xf32>
    %121 = tosa.add %119, %120 : (tensor<32x16xf32>, tensor<1x16xf32>) -> tensor<32x16xf32>
    %122 = tosa.reshape %90, %25 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %123 = tosa.reshape %91, %25 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %124 = tosa.mul %108, %122, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %125 = tosa.slice %108, %27, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %126 = tosa.slice %108, %28, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %127 = tosa.negate %126, %18, %18 : (tensor<2x4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x8xf32>
    %128 = tosa.concat %127, %125 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %129 = tosa.mul %128, %123, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %130 = tosa.add %124, %129 : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %131 = tosa.mul %115, %122, %5 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %132 = tosa.slice %115, %27, %29 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %133 = tosa.slice %115, %28, %29 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %134 = tosa.negate %133, %18, %18 : (tensor<2x1x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x16x8xf32>
    %135 = tosa.concat %134, %132 {axis = 3 : i32} : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %136 = tosa.mul %135, %123, %5 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %137 = tosa.add %131, %136 : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %138 = tosa.reshape %137, %30 : (tensor<2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %139 = tosa.tile %138, %31 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %140 = tosa.reshape %139, %32 : (tensor<2x1x4x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %141 = tosa.reshape %121, %30 : (tensor<32x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %142 = tosa.tile %141, %31 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %143 = tosa.select %85, %47, %48 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %144 = tosa.mul %130, %49, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %145 = tosa.transpose %140 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %146 = tosa.mul %145, %49, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %147 = tosa.reshape %144, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %148 = tosa.reshape %146, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %149 = tosa.matmul %147, %148, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %150 = tosa.reshape %149, %32 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %151 = tosa.add %150, %143 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %152 = tosa.reduce_max %151 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %153 = tosa.sub %151, %152 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %154 = tosa.exp %153 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %155 = tosa.reduce_sum %154 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %156 = tosa.reciprocal %155 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %157 = tosa.mul %154, %156, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %158 = tosa.cast %151 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %159 = tosa.equal %158, %50 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %160 = tosa.reduce_all %159 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %161 = tosa.select %160, %0, %157 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %162 = tosa.reshape %161, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %163 = tosa.reshape %142, %33 : (tensor<2x1x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %164 = tosa.matmul %162, %163, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %165 = tosa.reshape %164, %32 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %166 = tosa.transpose %165 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %167 = tosa.reshape %166, %3 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %168 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %169 = tosa.reshape %168, %20 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %170 = tosa.tile %169, %7 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %171 = tosa.matmul %167, %170, %18, %18 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %172 = tosa.add %55, %171 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %173 = tosa.pow %172, %43 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %174 = tosa.reduce_sum %173 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %175 = tosa.mul %174, %44, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %176 = tosa.add %175, %45 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %177 = tosa.rsqrt %176 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %178 = tosa.mul %172, %177, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %179 = tosa.reshape %arg12, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %180 = tosa.mul %179, %178, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %181 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %182 = tosa.reshape %180, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %183 = tosa.reshape %181, %34 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %184 = tosa.matmul %182, %183, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %185 = tosa.reshape %184, %35 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %186 = tosa.sigmoid %185 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %187 = tosa.mul %185, %186, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %188 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %189 = tosa.reshape %188, %34 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %190 = tosa.matmul %182, %189, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %191 = tosa.reshape %190, %35 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %192 = tosa.mul %187, %191, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %193 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %194 = tosa.reshape %192, %36 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %195 = tosa.reshape %193, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %196 = tosa.matmul %194, %195, %18, %18 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %197 = tosa.reshape %196, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %198 = tosa.add %172, %197 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %199 = tosa.pow %198, %43 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %200 = tosa.reduce_sum %199 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %201 = tosa.mul %200, %44, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %202 = tosa.add %201, %45 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %203 = tosa.rsqrt %202 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %204 = tosa.mul %198, %203, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %205 = tosa.reshape %arg13, %16 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %206 = tosa.mul %205, %204, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    return %206 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
