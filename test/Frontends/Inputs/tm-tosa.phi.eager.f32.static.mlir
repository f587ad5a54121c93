// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "phi", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %14 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %19 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[1, 1, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[2, 4, 16, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[0, 0, 0, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %30 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %34 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %35 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %36 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %38 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %40 = "tosa.const"() <{values = dense_resource<torch_tensor_4_torch.float32> : tensor<1x1x4xf32>}> : () -> tensor<1x1x4xf32>
    %41 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %42 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<3.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<4.471500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<0.797884583> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %50 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %51 = tosa.reshape %arg17, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %52 = tosa.cast %51 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %53 = tosa.gather %50, %52 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %54 = tosa.reshape %53, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %55 = tosa.cast %3 : (tensor<16xi64>) -> tensor<16xi32>
    %56 = tosa.cast %55 : (tensor<16xi32>) -> tensor<16xi64>
    %57 = tosa.cast %arg18 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %58 = tosa.reshape %56, %5 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %59 = tosa.reshape %56, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %60 = tosa.greater_equal %58, %59 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %61 = tosa.logical_and %60, %33 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %62 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %63 = tosa.add %62, %35 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %64 = tosa.greater %34, %62 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %65 = tosa.select %64, %63, %62 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %66 = tosa.reshape %65, %7 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %67 = tosa.cast %59 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %68 = tosa.add %67, %36 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %69 = tosa.greater %34, %67 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %70 = tosa.select %69, %68, %67 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %71 = tosa.reshape %70, %8 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %72 = tosa.tile %66, %8 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %73 = tosa.tile %71, %7 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %74 = tosa.concat %72, %73 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %75 = tosa.reshape %57, %9 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %76 = tosa.reshape %74, %10 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %77 = tosa.mul %76, %37, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %78 = tosa.reduce_sum %77 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %79 = tosa.reshape %78, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %80 = tosa.cast %75 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %81 = tosa.gather %80, %79 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %82 = tosa.cast %81 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %83 = tosa.reshape %82, %11 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %84 = tosa.logical_and %61, %83 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %85 = tosa.select %84, %38, %39 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %86 = tosa.reshape %56, %12 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %87 = tosa.cast %86 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %88 = tosa.mul %87, %40, %4 : (tensor<1x16x1xf32>, tensor<1x1x4xf32>, tensor<1xi8>) -> tensor<1x16x4xf32>
    %89 = tosa.concat %88, %88 {axis = 2 : i32} : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %90 = tosa.cos %89 : (tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %91 = tosa.sin %89 : (tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %92 = tosa.cast %54 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %93 = tosa.reduce_sum %92 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %94 = tosa.mul %93, %41, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %95 = tosa.sub %92, %94 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %96 = tosa.mul %95, %95, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %97 = tosa.reduce_sum %96 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %98 = tosa.mul %97, %41, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %99 = tosa.cast %98 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %100 = tosa.reduce_sum %54 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %101 = tosa.mul %100, %42, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %102 = tosa.add %99, %43 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %103 = tosa.rsqrt %102 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %104 = tosa.sub %54, %101 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %105 = tosa.mul %104, %103, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %106 = tosa.reshape %arg13, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %107 = tosa.mul %105, %106, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %108 = tosa.reshape %arg14, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %109 = tosa.add %107, %108 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %110 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %111 = tosa.reshape %109, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %112 = tosa.reshape %110, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %113 = tosa.matmul %111, %112, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %114 = tosa.reshape %113, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %115 = tosa.reshape %arg2, %18 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %116 = tosa.add %114, %115 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %117 = tosa.reshape %116, %19 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %118 = tosa.transpose %117 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %119 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %120 = tosa.reshape %119, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %121 = tosa.matmul %111, %120, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %122 = tosa.reshape %121, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %123 = tosa.reshape %arg4, %18 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %124 = tosa.add %122, %123 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %125 = tosa.reshape %124, %19 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %126 = tosa.transpose %125 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %127 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %128 = tosa.reshape %127, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %129 = tosa.matmul %111, %128, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %130 = tosa.reshape %129, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %131 = tosa.reshape %arg6, %18 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %132 = tosa.add %130, %131 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %133 = tosa.reshape %132, %19 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %134 = tosa.transpose %133 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %135 = tosa.slice %118, %21, %20 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %136 = tosa.slice %118, %22, %20 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %137 = tosa.slice %126, %21, %20 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %138 = tosa.slice %126, %22, %20 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %139 = tosa.reshape %90, %23 : (tensor<1x16x8xf32>, !tosa.shape<4>) -> tensor<1x1x16x8xf32>
    %140 = tosa.reshape %91, %23 : (tensor<1x16x8xf32>, !tosa.shape<4>) -> tensor<1x1x16x8xf32>
    %141 = tosa.mul %135, %139, %4 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %142 = tosa.slice %135, %21, %24 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %143 = tosa.slice %135, %25, %24 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %144 = tosa.negate %143, %15, %15 : (tensor<2x4x16x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x4xf32>
    %145 = tosa.concat %144, %142 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %146 = tosa.mul %145, %140, %4 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %147 = tosa.add %141, %146 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32>
    %148 = tosa.mul %137, %139, %4 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %149 = tosa.slice %137, %21, %24 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %150 = tosa.slice %137, %25, %24 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %151 = tosa.negate %150, %15, %15 : (tensor<2x4x16x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x4xf32>
    %152 = tosa.concat %151, %149 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %153 = tosa.mul %152, %140, %4 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %154 = tosa.add %148, %153 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32>
    %155 = tosa.concat %147, %136 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %156 = tosa.concat %154, %138 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %157 = tosa.transpose %156 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.reshape %155, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %159 = tosa.reshape %157, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %160 = tosa.matmul %158, %159, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %161 = tosa.reshape %160, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %162 = tosa.mul %161, %44, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %163 = tosa.add %162, %85 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %164 = tosa.reduce_max %163 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %165 = tosa.sub %163, %164 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %166 = tosa.exp %165 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %167 = tosa.reduce_sum %166 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %168 = tosa.reciprocal %167 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %169 = tosa.mul %166, %168, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %170 = tosa.reshape %169, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %171 = tosa.reshape %134, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %172 = tosa.matmul %170, %171, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %173 = tosa.reshape %172, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %174 = tosa.transpose %173 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %175 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %176 = tosa.reshape %174, %16 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %177 = tosa.reshape %175, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %178 = tosa.matmul %176, %177, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %179 = tosa.reshape %178, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %180 = tosa.reshape %arg8, %18 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %181 = tosa.add %179, %180 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %182 = tosa.reshape %181, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %183 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %184 = tosa.reshape %183, %28 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %185 = tosa.matmul %111, %184, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %186 = tosa.reshape %185, %29 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %187 = tosa.reshape %arg10, %30 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %188 = tosa.add %186, %187 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %189 = tosa.reshape %188, %31 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %190 = tosa.mul %189, %45, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %191 = tosa.pow %189, %46 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %192 = tosa.mul %191, %47, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %193 = tosa.add %189, %192 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %194 = tosa.mul %193, %48, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %195 = tosa.tanh %194 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %196 = tosa.add %195, %49 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %197 = tosa.mul %190, %196, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %198 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %199 = tosa.reshape %197, %32 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %200 = tosa.reshape %198, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %201 = tosa.matmul %199, %200, %15, %15 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %202 = tosa.reshape %201, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %203 = tosa.reshape %arg12, %18 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %204 = tosa.add %202, %203 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %205 = tosa.reshape %204, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %206 = tosa.add %182, %205 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %207 = tosa.add %206, %54 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %208 = tosa.cast %207 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %209 = tosa.reduce_sum %208 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %210 = tosa.mul %209, %41, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %211 = tosa.sub %208, %210 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %212 = tosa.mul %211, %211, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %213 = tosa.reduce_sum %212 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %214 = tosa.mul %213, %41, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %215 = tosa.cast %214 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %216 = tosa.reduce_sum %207 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %217 = tosa.mul %216, %42, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %218 = tosa.add %215, %43 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %219 = tosa.rsqrt %218 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %220 = tosa.sub %207, %217 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %221 = tosa.mul %220, %219, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %222 = tosa.reshape %arg15, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %223 = tosa.mul %221, %222, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %224 = tosa.reshape %arg16, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %225 = tosa.add %223, %224 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %225 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}
