// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "phi", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
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
    %21 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 1, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[0, 0, 0, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %32 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %35 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %36 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %38 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %39 = "tosa.const"() <{values = dense_resource<torch_tensor_4_torch.float32> : tensor<1x1x4xf32>}> : () -> tensor<1x1x4xf32>
    %40 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %41 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %47 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<3.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<4.471500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<0.797884583> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %52 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %53 = tosa.reshape %arg17, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %54 = tosa.cast %53 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %55 = tosa.gather %52, %54 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %56 = tosa.reshape %55, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %57 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %58 = tosa.cast %57 : (tensor<16xi32>) -> tensor<16xi64>
    %59 = tosa.cast %arg18 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %60 = tosa.reshape %58, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %61 = tosa.reshape %58, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %62 = tosa.greater_equal %60, %61 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %63 = tosa.logical_and %62, %34 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %64 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %65 = tosa.add %64, %36 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %66 = tosa.greater %35, %64 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %67 = tosa.select %66, %65, %64 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %68 = tosa.reshape %67, %8 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %69 = tosa.cast %61 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %70 = tosa.add %69, %37 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %71 = tosa.greater %35, %69 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %72 = tosa.select %71, %70, %69 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %73 = tosa.reshape %72, %9 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %74 = tosa.tile %68, %9 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %75 = tosa.tile %73, %8 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %76 = tosa.concat %74, %75 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %77 = tosa.reshape %59, %10 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %78 = tosa.reshape %76, %11 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %79 = tosa.mul %78, %38, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %80 = tosa.reduce_sum %79 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %81 = tosa.reshape %80, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %82 = tosa.cast %77 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %83 = tosa.gather %82, %81 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %84 = tosa.cast %83 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %85 = tosa.reshape %84, %12 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %86 = tosa.logical_and %63, %85 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %87 = tosa.reshape %58, %13 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %88 = tosa.cast %87 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %89 = tosa.mul %88, %39, %5 : (tensor<1x16x1xf32>, tensor<1x1x4xf32>, tensor<1xi8>) -> tensor<1x16x4xf32>
    %90 = tosa.concat %89, %89 {axis = 2 : i32} : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %91 = tosa.cos %90 : (tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %92 = tosa.sin %90 : (tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %93 = tosa.cast %56 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %94 = tosa.reduce_sum %93 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %95 = tosa.mul %94, %40, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %96 = tosa.sub %93, %95 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %97 = tosa.mul %96, %96, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %98 = tosa.reduce_sum %97 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %99 = tosa.mul %98, %40, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %100 = tosa.cast %99 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %101 = tosa.reduce_sum %56 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %102 = tosa.mul %101, %41, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %103 = tosa.add %100, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %104 = tosa.rsqrt %103 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %105 = tosa.sub %56, %102 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %106 = tosa.mul %105, %104, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %107 = tosa.reshape %arg13, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %108 = tosa.mul %106, %107, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %109 = tosa.reshape %arg14, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %110 = tosa.add %108, %109 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %111 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %112 = tosa.reshape %110, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %113 = tosa.reshape %111, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %114 = tosa.matmul %112, %113, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %115 = tosa.reshape %114, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %116 = tosa.reshape %arg2, %19 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %117 = tosa.add %115, %116 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %118 = tosa.reshape %117, %20 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %119 = tosa.transpose %118 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %120 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %121 = tosa.reshape %120, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %122 = tosa.matmul %112, %121, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %123 = tosa.reshape %122, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %124 = tosa.reshape %arg4, %19 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %125 = tosa.add %123, %124 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %126 = tosa.reshape %125, %20 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %127 = tosa.transpose %126 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %128 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %129 = tosa.reshape %128, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %130 = tosa.matmul %112, %129, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %131 = tosa.reshape %130, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %132 = tosa.reshape %arg6, %19 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %133 = tosa.add %131, %132 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %134 = tosa.reshape %133, %20 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %135 = tosa.transpose %134 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %136 = tosa.slice %119, %22, %21 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %137 = tosa.slice %119, %23, %21 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %138 = tosa.slice %127, %22, %21 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %139 = tosa.slice %127, %23, %21 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %140 = tosa.reshape %91, %24 : (tensor<1x16x8xf32>, !tosa.shape<4>) -> tensor<1x1x16x8xf32>
    %141 = tosa.reshape %92, %24 : (tensor<1x16x8xf32>, !tosa.shape<4>) -> tensor<1x1x16x8xf32>
    %142 = tosa.mul %136, %140, %5 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %143 = tosa.slice %136, %22, %25 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %144 = tosa.slice %136, %26, %25 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %145 = tosa.negate %144, %16, %16 : (tensor<2x4x16x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x4xf32>
    %146 = tosa.concat %145, %143 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %147 = tosa.mul %146, %141, %5 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %148 = tosa.add %142, %147 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32>
    %149 = tosa.mul %138, %140, %5 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %150 = tosa.slice %138, %22, %25 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %151 = tosa.slice %138, %26, %25 : (tensor<2x4x16x8xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %152 = tosa.negate %151, %16, %16 : (tensor<2x4x16x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x4xf32>
    %153 = tosa.concat %152, %150 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %154 = tosa.mul %153, %141, %5 : (tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %155 = tosa.add %149, %154 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32>
    %156 = tosa.concat %148, %137 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %157 = tosa.concat %155, %139 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.select %86, %43, %44 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %159 = tosa.mul %156, %45, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %160 = tosa.transpose %157 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %161 = tosa.mul %160, %45, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %162 = tosa.reshape %159, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %163 = tosa.reshape %161, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %164 = tosa.matmul %162, %163, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %165 = tosa.reshape %164, %28 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %166 = tosa.add %165, %158 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %167 = tosa.reduce_max %166 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %168 = tosa.sub %166, %167 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %169 = tosa.exp %168 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %170 = tosa.reduce_sum %169 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %171 = tosa.reciprocal %170 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %172 = tosa.mul %169, %171, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %173 = tosa.cast %166 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %174 = tosa.equal %173, %46 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %175 = tosa.reduce_all %174 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %176 = tosa.select %175, %0, %172 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %177 = tosa.reshape %176, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %178 = tosa.reshape %135, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %179 = tosa.matmul %177, %178, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %180 = tosa.reshape %179, %28 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %181 = tosa.transpose %180 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %182 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %183 = tosa.reshape %181, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %184 = tosa.reshape %182, %18 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %185 = tosa.matmul %183, %184, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %186 = tosa.reshape %185, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %187 = tosa.reshape %arg8, %19 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %188 = tosa.add %186, %187 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %189 = tosa.reshape %188, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %190 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %191 = tosa.reshape %190, %29 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %192 = tosa.matmul %112, %191, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %193 = tosa.reshape %192, %30 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %194 = tosa.reshape %arg10, %31 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %195 = tosa.add %193, %194 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %196 = tosa.reshape %195, %32 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %197 = tosa.mul %196, %47, %5 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %198 = tosa.pow %196, %48 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %199 = tosa.mul %198, %49, %5 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %200 = tosa.add %196, %199 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %201 = tosa.mul %200, %50, %5 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %202 = tosa.tanh %201 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %203 = tosa.add %202, %51 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %204 = tosa.mul %197, %203, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %205 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %206 = tosa.reshape %204, %33 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %207 = tosa.reshape %205, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %208 = tosa.matmul %206, %207, %16, %16 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %209 = tosa.reshape %208, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %210 = tosa.reshape %arg12, %19 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %211 = tosa.add %209, %210 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %212 = tosa.reshape %211, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %213 = tosa.add %189, %212 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %214 = tosa.add %213, %56 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %215 = tosa.cast %214 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %216 = tosa.reduce_sum %215 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %217 = tosa.mul %216, %40, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %218 = tosa.sub %215, %217 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %219 = tosa.mul %218, %218, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %220 = tosa.reduce_sum %219 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %221 = tosa.mul %220, %40, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %222 = tosa.cast %221 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %223 = tosa.reduce_sum %214 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %224 = tosa.mul %223, %41, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %225 = tosa.add %222, %42 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %226 = tosa.rsqrt %225 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %227 = tosa.sub %214, %224 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %228 = tosa.mul %227, %226, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %229 = tosa.reshape %arg15, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %230 = tosa.mul %228, %229, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %231 = tosa.reshape %arg16, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %232 = tosa.add %230, %231 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %232 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}
