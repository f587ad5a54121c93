// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %6 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %8 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %9 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %11 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %12 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %15 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[2, 16, 2, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[2, 2, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %26 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %33 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %34 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %35 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %36 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %37 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %39 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float32> : tensor<1x1x8xf32>}> : () -> tensor<1x1x8xf32>
    %40 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %44 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %45 = tosa.reshape %arg11, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %46 = tosa.cast %45 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %47 = tosa.gather %44, %46 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %48 = tosa.reshape %47, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %49 = tosa.cast %3 : (tensor<16xi64>) -> tensor<16xi32>
    %50 = tosa.cast %49 : (tensor<16xi32>) -> tensor<16xi64>
    %51 = tosa.cast %arg12 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %52 = tosa.reshape %50, %5 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %53 = tosa.reshape %50, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %54 = tosa.greater_equal %52, %53 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %55 = tosa.logical_and %54, %32 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %56 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %57 = tosa.add %56, %34 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %58 = tosa.greater %33, %56 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %59 = tosa.select %58, %57, %56 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %60 = tosa.reshape %59, %7 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %61 = tosa.cast %53 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %62 = tosa.add %61, %35 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %63 = tosa.greater %33, %61 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %64 = tosa.select %63, %62, %61 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %65 = tosa.reshape %64, %8 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %66 = tosa.tile %60, %8 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %67 = tosa.tile %65, %7 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %68 = tosa.concat %66, %67 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %69 = tosa.reshape %51, %9 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %70 = tosa.reshape %68, %10 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %71 = tosa.mul %70, %36, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %72 = tosa.reduce_sum %71 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %73 = tosa.reshape %72, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %74 = tosa.cast %69 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %75 = tosa.gather %74, %73 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %76 = tosa.cast %75 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %77 = tosa.reshape %76, %11 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %78 = tosa.logical_and %55, %77 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %79 = tosa.select %78, %37, %38 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %80 = tosa.reshape %50, %12 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %81 = tosa.cast %80 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %82 = tosa.mul %81, %39, %4 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %83 = tosa.concat %82, %82 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %84 = tosa.cos %83 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %85 = tosa.sin %83 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %86 = tosa.pow %48, %40 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %87 = tosa.reduce_sum %86 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %88 = tosa.mul %87, %41, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %89 = tosa.add %88, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %90 = tosa.rsqrt %89 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %91 = tosa.mul %48, %90, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %92 = tosa.reshape %arg8, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %93 = tosa.mul %92, %91, %4 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %94 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %95 = tosa.reshape %93, %15 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %96 = tosa.reshape %94, %16 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %97 = tosa.matmul %95, %96, %14, %14 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %98 = tosa.reshape %97, %17 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %99 = tosa.transpose %98 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %100 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %101 = tosa.reshape %100, %18 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %102 = tosa.matmul %95, %101, %14, %14 : (tensor<1x32x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32xf32>
    %103 = tosa.reshape %102, %19 : (tensor<1x32x32xf32>, !tosa.shape<4>) -> tensor<2x16x2x16xf32>
    %104 = tosa.transpose %103 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf32>) -> tensor<2x2x16x16xf32>
    %105 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %106 = tosa.reshape %105, %18 : (tensor<64x32xf32>, !tosa.shape<3>) -> tensor<1x64x32xf32>
    %107 = tosa.matmul %95, %106, %14, %14 : (tensor<1x32x64xf32>, tensor<1x64x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32xf32>
    %108 = tosa.reshape %107, %19 : (tensor<1x32x32xf32>, !tosa.shape<4>) -> tensor<2x16x2x16xf32>
    %109 = tosa.transpose %108 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf32>) -> tensor<2x2x16x16xf32>
    %110 = tosa.reshape %84, %20 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %111 = tosa.reshape %85, %20 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %112 = tosa.mul %99, %110, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %113 = tosa.slice %99, %22, %21 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %114 = tosa.slice %99, %23, %21 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %115 = tosa.negate %114, %14, %14 : (tensor<2x4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x8xf32>
    %116 = tosa.concat %115, %113 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %117 = tosa.mul %116, %111, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %118 = tosa.add %112, %117 : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %119 = tosa.mul %104, %110, %4 : (tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x2x16x16xf32>
    %120 = tosa.slice %104, %22, %24 : (tensor<2x2x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf32>
    %121 = tosa.slice %104, %23, %24 : (tensor<2x2x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf32>
    %122 = tosa.negate %121, %14, %14 : (tensor<2x2x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x2x16x8xf32>
    %123 = tosa.concat %122, %120 {axis = 3 : i32} : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %124 = tosa.mul %123, %111, %4 : (tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x2x16x16xf32>
    %125 = tosa.add %119, %124 : (tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) -> tensor<2x2x16x16xf32>
    %126 = tosa.reshape %125, %25 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %127 = tosa.tile %126, %26 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %128 = tosa.reshape %127, %27 : (tensor<2x2x2x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %129 = tosa.reshape %109, %25 : (tensor<2x2x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf32>
    %130 = tosa.tile %129, %26 : (tensor<2x2x1x16x16xf32>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf32>
    %131 = tosa.transpose %128 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %132 = tosa.reshape %118, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %133 = tosa.reshape %131, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %134 = tosa.matmul %132, %133, %14, %14 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %135 = tosa.reshape %134, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %136 = tosa.mul %135, %43, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %137 = tosa.add %136, %79 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %138 = tosa.reduce_max %137 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %139 = tosa.sub %137, %138 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %140 = tosa.exp %139 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %141 = tosa.reduce_sum %140 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %142 = tosa.reciprocal %141 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %143 = tosa.mul %140, %142, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %144 = tosa.reshape %143, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %145 = tosa.reshape %130, %28 : (tensor<2x2x2x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %146 = tosa.matmul %144, %145, %14, %14 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %147 = tosa.reshape %146, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %148 = tosa.transpose %147 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %149 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %150 = tosa.reshape %148, %15 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %151 = tosa.reshape %149, %16 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %152 = tosa.matmul %150, %151, %14, %14 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %153 = tosa.reshape %152, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %154 = tosa.add %48, %153 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %155 = tosa.pow %154, %40 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %156 = tosa.reduce_sum %155 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %157 = tosa.mul %156, %41, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %158 = tosa.add %157, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %159 = tosa.rsqrt %158 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %160 = tosa.mul %154, %159, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %161 = tosa.reshape %arg9, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %162 = tosa.mul %161, %160, %4 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %163 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %164 = tosa.reshape %162, %15 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %165 = tosa.reshape %163, %29 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %166 = tosa.matmul %164, %165, %14, %14 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %167 = tosa.reshape %166, %30 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %168 = tosa.sigmoid %167 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %169 = tosa.mul %167, %168, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %170 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %171 = tosa.reshape %170, %29 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %172 = tosa.matmul %164, %171, %14, %14 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %173 = tosa.reshape %172, %30 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %174 = tosa.mul %169, %173, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %175 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %176 = tosa.reshape %174, %31 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %177 = tosa.reshape %175, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %178 = tosa.matmul %176, %177, %14, %14 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %179 = tosa.reshape %178, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %180 = tosa.add %154, %179 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %181 = tosa.pow %180, %40 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %182 = tosa.reduce_sum %181 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %183 = tosa.mul %182, %41, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %184 = tosa.add %183, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %185 = tosa.rsqrt %184 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %186 = tosa.mul %180, %185, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %187 = tosa.reshape %arg10, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %188 = tosa.mul %187, %186, %4 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    return %188 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
