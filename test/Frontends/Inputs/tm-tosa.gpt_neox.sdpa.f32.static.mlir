// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_neox", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<2x16xi64>, %arg16: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %18 = tosa.const_shape  {values = dense<[1, 64, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[32, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[1, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 16, 4, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 1, 16, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[2, 4, 16, 12]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[0, 0, 0, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[2, 4, 16, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = tosa.const_shape  {values = dense<[0, 0, 0, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %32 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %35 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %37 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %38 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %39 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %40 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %41 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %42 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %43 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %44 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %45 = "tosa.const"() <{values = dense_resource<torch_tensor_2_torch.float32> : tensor<1x1x2xf32>}> : () -> tensor<1x1x2xf32>
    %46 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %47 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %52 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %53 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %54 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %55 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %56 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %57 = tosa.reshape %arg15, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %58 = tosa.cast %57 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %59 = tosa.gather %56, %58 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %60 = tosa.reshape %59, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %61 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %62 = tosa.cast %61 : (tensor<16xi32>) -> tensor<16xi64>
    %63 = tosa.cast %arg16 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %64 = tosa.reshape %62, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %65 = tosa.reshape %62, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %66 = tosa.greater_equal %64, %65 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %67 = tosa.logical_and %66, %40 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %68 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %69 = tosa.add %68, %42 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %70 = tosa.greater %41, %68 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %71 = tosa.select %70, %69, %68 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %72 = tosa.reshape %71, %8 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %73 = tosa.cast %65 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %74 = tosa.add %73, %43 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %75 = tosa.greater %41, %73 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %76 = tosa.select %75, %74, %73 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %77 = tosa.reshape %76, %9 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %78 = tosa.tile %72, %9 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %79 = tosa.tile %77, %8 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %80 = tosa.concat %78, %79 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %81 = tosa.reshape %63, %10 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %82 = tosa.reshape %80, %11 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %83 = tosa.mul %82, %44, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %84 = tosa.reduce_sum %83 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %85 = tosa.reshape %84, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %86 = tosa.cast %81 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %87 = tosa.gather %86, %85 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %88 = tosa.cast %87 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %89 = tosa.reshape %88, %12 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %90 = tosa.logical_and %67, %89 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %91 = tosa.reshape %62, %13 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %92 = tosa.cast %91 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %93 = tosa.mul %92, %45, %5 : (tensor<1x16x1xf32>, tensor<1x1x2xf32>, tensor<1xi8>) -> tensor<1x16x2xf32>
    %94 = tosa.concat %93, %93 {axis = 2 : i32} : (tensor<1x16x2xf32>, tensor<1x16x2xf32>) -> tensor<1x16x4xf32>
    %95 = tosa.cos %94 : (tensor<1x16x4xf32>) -> tensor<1x16x4xf32>
    %96 = tosa.sin %94 : (tensor<1x16x4xf32>) -> tensor<1x16x4xf32>
    %97 = tosa.cast %60 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %98 = tosa.reduce_sum %97 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %99 = tosa.mul %98, %46, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %100 = tosa.sub %97, %99 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %101 = tosa.mul %100, %100, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %102 = tosa.reduce_sum %101 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %103 = tosa.mul %102, %46, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %104 = tosa.cast %103 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %105 = tosa.reduce_sum %60 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %106 = tosa.mul %105, %47, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %107 = tosa.add %104, %48 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %108 = tosa.rsqrt %107 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %109 = tosa.sub %60, %106 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %110 = tosa.mul %109, %108, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %111 = tosa.reshape %arg1, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %112 = tosa.mul %110, %111, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %113 = tosa.reshape %arg2, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %114 = tosa.add %112, %113 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %115 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %116 = tosa.reshape %114, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %117 = tosa.reshape %115, %18 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %118 = tosa.matmul %116, %117, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %119 = tosa.reshape %118, %19 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %120 = tosa.reshape %arg6, %20 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %121 = tosa.add %119, %120 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %122 = tosa.reshape %121, %21 : (tensor<32x192xf32>, !tosa.shape<4>) -> tensor<2x16x4x48xf32>
    %123 = tosa.transpose %122 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x48xf32>) -> tensor<2x4x16x48xf32>
    %124 = tosa.slice %123, %23, %22 : (tensor<2x4x16x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %125 = tosa.slice %123, %24, %22 : (tensor<2x4x16x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %126 = tosa.slice %123, %25, %22 : (tensor<2x4x16x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %127 = tosa.reshape %95, %26 : (tensor<1x16x4xf32>, !tosa.shape<4>) -> tensor<1x1x16x4xf32>
    %128 = tosa.reshape %96, %26 : (tensor<1x16x4xf32>, !tosa.shape<4>) -> tensor<1x1x16x4xf32>
    %129 = tosa.slice %124, %23, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %130 = tosa.slice %124, %29, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x12xf32>
    %131 = tosa.slice %125, %23, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %132 = tosa.slice %125, %29, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x12xf32>
    %133 = tosa.mul %129, %127, %5 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %134 = tosa.slice %129, %23, %30 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %135 = tosa.slice %129, %31, %30 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %136 = tosa.negate %135, %16, %16 : (tensor<2x4x16x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x2xf32>
    %137 = tosa.concat %136, %134 {axis = 3 : i32} : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %138 = tosa.mul %137, %128, %5 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %139 = tosa.add %133, %138 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x4xf32>
    %140 = tosa.mul %131, %127, %5 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %141 = tosa.slice %131, %23, %30 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %142 = tosa.slice %131, %31, %30 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %143 = tosa.negate %142, %16, %16 : (tensor<2x4x16x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x2xf32>
    %144 = tosa.concat %143, %141 {axis = 3 : i32} : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %145 = tosa.mul %144, %128, %5 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %146 = tosa.add %140, %145 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x4xf32>
    %147 = tosa.concat %139, %130 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %148 = tosa.concat %146, %132 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %149 = tosa.select %90, %49, %50 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %150 = tosa.mul %147, %51, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %151 = tosa.transpose %148 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %152 = tosa.mul %151, %51, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %153 = tosa.reshape %150, %32 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %154 = tosa.reshape %152, %32 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %155 = tosa.matmul %153, %154, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %156 = tosa.reshape %155, %22 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %157 = tosa.add %156, %149 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.reduce_max %157 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %159 = tosa.sub %157, %158 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %160 = tosa.exp %159 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %161 = tosa.reduce_sum %160 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %162 = tosa.reciprocal %161 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %163 = tosa.mul %160, %162, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %164 = tosa.cast %157 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %165 = tosa.equal %164, %52 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %166 = tosa.reduce_all %165 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %167 = tosa.select %166, %0, %163 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %168 = tosa.reshape %167, %32 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %169 = tosa.reshape %126, %32 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %170 = tosa.matmul %168, %169, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %171 = tosa.reshape %170, %22 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %172 = tosa.transpose %171 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %173 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %174 = tosa.reshape %172, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %175 = tosa.reshape %173, %33 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %176 = tosa.matmul %174, %175, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %177 = tosa.reshape %176, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %178 = tosa.reshape %arg8, %34 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %179 = tosa.add %177, %178 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %180 = tosa.reshape %179, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %181 = tosa.reshape %arg3, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %182 = tosa.mul %110, %181, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %183 = tosa.reshape %arg4, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %184 = tosa.add %182, %183 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %185 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %186 = tosa.reshape %184, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %187 = tosa.reshape %185, %35 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %188 = tosa.matmul %186, %187, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %189 = tosa.reshape %188, %36 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %190 = tosa.reshape %arg10, %37 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %191 = tosa.add %189, %190 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %192 = tosa.reshape %191, %38 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %193 = tosa.mul %192, %55, %5 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %194 = tosa.erf %193 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %195 = tosa.add %194, %53 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %196 = tosa.mul %54, %195, %5 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %197 = tosa.mul %192, %196, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %198 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %199 = tosa.reshape %197, %39 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %200 = tosa.reshape %198, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %201 = tosa.matmul %199, %200, %16, %16 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %202 = tosa.reshape %201, %15 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %203 = tosa.reshape %arg12, %34 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %204 = tosa.add %202, %203 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %205 = tosa.reshape %204, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %206 = tosa.add %205, %180 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %207 = tosa.add %206, %60 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %208 = tosa.cast %207 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %209 = tosa.reduce_sum %208 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %210 = tosa.mul %209, %46, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %211 = tosa.sub %208, %210 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %212 = tosa.mul %211, %211, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %213 = tosa.reduce_sum %212 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %214 = tosa.mul %213, %46, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %215 = tosa.cast %214 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %216 = tosa.reduce_sum %207 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %217 = tosa.mul %216, %47, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %218 = tosa.add %215, %48 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %219 = tosa.rsqrt %218 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %220 = tosa.sub %207, %217 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %221 = tosa.mul %220, %219, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %222 = tosa.reshape %arg13, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %223 = tosa.mul %221, %222, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %224 = tosa.reshape %arg14, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %225 = tosa.add %223, %224 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %225 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_torch.float32: "0x040000000000803F0AD7233C"
    }
  }
#-}
