// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [16]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [16]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "qwen2", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<16x64xf32>, %arg4: tensor<16xf32>, %arg5: tensor<16x64xf32>, %arg6: tensor<16xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<64x128xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<2x16xi64>, %arg15: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %13 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %16 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %17 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[1, 64, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[32, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[2, 1, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[2, 1, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %29 = tosa.const_shape  {values = dense<[1, 1, 4, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %30 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %36 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %38 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %39 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %40 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %42 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float32> : tensor<1x1x8xf32>}> : () -> tensor<1x1x8xf32>
    %43 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %46 = tosa.const_shape  {values = dense<[2, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %47 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %48 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %49 = tosa.reshape %arg14, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %50 = tosa.cast %49 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %51 = tosa.gather %48, %50 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %52 = tosa.reshape %51, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %53 = tosa.cast %3 : (tensor<16xi64>) -> tensor<16xi32>
    %54 = tosa.cast %53 : (tensor<16xi32>) -> tensor<16xi64>
    %55 = tosa.cast %arg15 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %56 = tosa.reshape %54, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %57 = tosa.reshape %54, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %58 = tosa.greater_equal %56, %57 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %59 = tosa.logical_and %58, %35 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %60 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %61 = tosa.add %60, %37 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %62 = tosa.greater %36, %60 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %63 = tosa.select %62, %61, %60 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %64 = tosa.reshape %63, %8 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %65 = tosa.cast %57 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %66 = tosa.add %65, %38 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %67 = tosa.greater %36, %65 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %68 = tosa.select %67, %66, %65 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %69 = tosa.reshape %68, %9 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %70 = tosa.tile %64, %9 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %71 = tosa.tile %69, %8 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %72 = tosa.concat %70, %71 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %73 = tosa.reshape %55, %10 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %74 = tosa.reshape %72, %11 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %75 = tosa.mul %74, %39, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %76 = tosa.reduce_sum %75 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %77 = tosa.reshape %76, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %78 = tosa.cast %73 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %79 = tosa.gather %78, %77 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %80 = tosa.cast %79 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %81 = tosa.reshape %80, %12 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %82 = tosa.logical_and %59, %81 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %83 = tosa.select %82, %40, %41 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %84 = tosa.reshape %54, %13 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %85 = tosa.cast %84 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %86 = tosa.mul %85, %42, %4 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %87 = tosa.concat %86, %86 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %88 = tosa.cos %87 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %89 = tosa.sin %87 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %90 = tosa.pow %52, %43 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %91 = tosa.reduce_sum %90 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %92 = tosa.mul %91, %44, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %93 = tosa.add %92, %45 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %94 = tosa.rsqrt %93 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %95 = tosa.mul %52, %94, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %96 = tosa.reshape %arg11, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %97 = tosa.mul %96, %95, %4 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %98 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %99 = tosa.reshape %97, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %100 = tosa.reshape %98, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %101 = tosa.matmul %99, %100, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %102 = tosa.reshape %101, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %103 = tosa.reshape %arg2, %19 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %104 = tosa.add %102, %103 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %105 = tosa.reshape %104, %20 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %106 = tosa.transpose %105 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %107 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<16x64xf32>) -> tensor<64x16xf32>
    %108 = tosa.reshape %107, %21 : (tensor<64x16xf32>, !tosa.shape<3>) -> tensor<1x64x16xf32>
    %109 = tosa.matmul %99, %108, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x16xf32>
    %110 = tosa.reshape %109, %22 : (tensor<1x32x16xf32>, !tosa.shape<2>) -> tensor<32x16xf32>
    %111 = tosa.reshape %arg4, %5 : (tensor<16xf32>, !tosa.shape<2>) -> tensor<1x16xf32>
    %112 = tosa.add %110, %111 : (tensor<32x16xf32>, tensor<1x16xf32>) -> tensor<32x16xf32>
    %113 = tosa.reshape %112, %46 : (tensor<32x16xf32>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %114 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<16x64xf32>) -> tensor<64x16xf32>
    %115 = tosa.reshape %114, %21 : (tensor<64x16xf32>, !tosa.shape<3>) -> tensor<1x64x16xf32>
    %116 = tosa.matmul %99, %115, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x16xf32>
    %117 = tosa.reshape %116, %22 : (tensor<1x32x16xf32>, !tosa.shape<2>) -> tensor<32x16xf32>
    %118 = tosa.reshape %arg6, %5 : (tensor<16xf32>, !tosa.shape<2>) -> tensor<1x16xf32>
    %119 = tosa.add %117, %118 : (tensor<32x16xf32>, tensor<1x16xf32>) -> tensor<32x16xf32>
    %120 = tosa.reshape %88, %23 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %121 = tosa.reshape %89, %23 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %122 = tosa.mul %106, %120, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %123 = tosa.slice %106, %25, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %124 = tosa.slice %106, %26, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %125 = tosa.negate %124, %16, %16 : (tensor<2x4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x8xf32>
    %126 = tosa.concat %125, %123 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %127 = tosa.mul %126, %121, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %128 = tosa.add %122, %127 : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %129 = tosa.mul %113, %120, %4 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %130 = tosa.slice %113, %25, %27 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %131 = tosa.slice %113, %26, %27 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %132 = tosa.negate %131, %16, %16 : (tensor<2x1x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x16x8xf32>
    %133 = tosa.concat %132, %130 {axis = 3 : i32} : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %134 = tosa.mul %133, %121, %4 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %135 = tosa.add %129, %134 : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %136 = tosa.reshape %135, %28 : (tensor<2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %137 = tosa.tile %136, %29 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %138 = tosa.reshape %137, %30 : (tensor<2x1x4x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %139 = tosa.reshape %119, %28 : (tensor<32x16xf32>, !tosa.shape<5>) -> tensor<2x1x1x16x16xf32>
    %140 = tosa.tile %139, %29 : (tensor<2x1x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x1x4x16x16xf32>
    %141 = tosa.transpose %138 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %142 = tosa.reshape %128, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %143 = tosa.reshape %141, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %144 = tosa.matmul %142, %143, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %145 = tosa.reshape %144, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %146 = tosa.mul %145, %47, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %147 = tosa.add %146, %83 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %148 = tosa.reduce_max %147 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %149 = tosa.sub %147, %148 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %150 = tosa.exp %149 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %151 = tosa.reduce_sum %150 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %152 = tosa.reciprocal %151 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %153 = tosa.mul %150, %152, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %154 = tosa.reshape %153, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %155 = tosa.reshape %140, %31 : (tensor<2x1x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %156 = tosa.matmul %154, %155, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %157 = tosa.reshape %156, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %158 = tosa.transpose %157 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %159 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %160 = tosa.reshape %158, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %161 = tosa.reshape %159, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %162 = tosa.matmul %160, %161, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %163 = tosa.reshape %162, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %164 = tosa.add %52, %163 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %165 = tosa.pow %164, %43 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %166 = tosa.reduce_sum %165 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %167 = tosa.mul %166, %44, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %168 = tosa.add %167, %45 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %169 = tosa.rsqrt %168 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %170 = tosa.mul %164, %169, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %171 = tosa.reshape %arg12, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %172 = tosa.mul %171, %170, %4 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %173 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %174 = tosa.reshape %172, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %175 = tosa.reshape %173, %32 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %176 = tosa.matmul %174, %175, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %177 = tosa.reshape %176, %33 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %178 = tosa.sigmoid %177 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %179 = tosa.mul %177, %178, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %180 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %181 = tosa.reshape %180, %32 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %182 = tosa.matmul %174, %181, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %183 = tosa.reshape %182, %33 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %184 = tosa.mul %179, %183, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %185 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %186 = tosa.reshape %184, %34 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %187 = tosa.reshape %185, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %188 = tosa.matmul %186, %187, %16, %16 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %189 = tosa.reshape %188, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %190 = tosa.add %164, %189 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %191 = tosa.pow %190, %43 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %192 = tosa.reduce_sum %191 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %193 = tosa.mul %192, %44, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %194 = tosa.add %193, %45 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %195 = tosa.rsqrt %194 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %196 = tosa.mul %190, %195, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %197 = tosa.reshape %arg13, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %198 = tosa.mul %197, %196, %4 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    return %198 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
