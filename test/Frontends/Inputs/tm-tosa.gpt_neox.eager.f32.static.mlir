// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_neox", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<2x16xi64>, %arg16: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %17 = tosa.const_shape  {values = dense<[1, 64, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[32, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %19 = tosa.const_shape  {values = dense<[1, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[2, 16, 4, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[1, 1, 16, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[2, 4, 16, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 12]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[0, 0, 0, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[2, 4, 16, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[0, 0, 0, 2]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %34 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %36 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %37 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %38 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %39 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %40 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %41 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %42 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %43 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %44 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %46 = "tosa.const"() <{values = dense_resource<torch_tensor_2_torch.float32> : tensor<1x1x2xf32>}> : () -> tensor<1x1x2xf32>
    %47 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %48 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %52 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %53 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %54 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %55 = tosa.reshape %arg15, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %56 = tosa.cast %55 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %57 = tosa.gather %54, %56 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %58 = tosa.reshape %57, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %59 = tosa.cast %3 : (tensor<16xi64>) -> tensor<16xi32>
    %60 = tosa.cast %59 : (tensor<16xi32>) -> tensor<16xi64>
    %61 = tosa.cast %arg16 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %62 = tosa.reshape %60, %5 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %63 = tosa.reshape %60, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %64 = tosa.greater_equal %62, %63 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %65 = tosa.logical_and %64, %39 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %66 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %67 = tosa.add %66, %41 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %68 = tosa.greater %40, %66 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %69 = tosa.select %68, %67, %66 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %70 = tosa.reshape %69, %7 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %71 = tosa.cast %63 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %72 = tosa.add %71, %42 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %73 = tosa.greater %40, %71 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %74 = tosa.select %73, %72, %71 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %75 = tosa.reshape %74, %8 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %76 = tosa.tile %70, %8 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %77 = tosa.tile %75, %7 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %78 = tosa.concat %76, %77 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %79 = tosa.reshape %61, %9 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %80 = tosa.reshape %78, %10 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %81 = tosa.mul %80, %43, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %82 = tosa.reduce_sum %81 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %83 = tosa.reshape %82, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %84 = tosa.cast %79 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %85 = tosa.gather %84, %83 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %86 = tosa.cast %85 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %87 = tosa.reshape %86, %11 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %88 = tosa.logical_and %65, %87 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %89 = tosa.select %88, %44, %45 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %90 = tosa.reshape %60, %12 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %91 = tosa.cast %90 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %92 = tosa.mul %91, %46, %4 : (tensor<1x16x1xf32>, tensor<1x1x2xf32>, tensor<1xi8>) -> tensor<1x16x2xf32>
    %93 = tosa.concat %92, %92 {axis = 2 : i32} : (tensor<1x16x2xf32>, tensor<1x16x2xf32>) -> tensor<1x16x4xf32>
    %94 = tosa.cos %93 : (tensor<1x16x4xf32>) -> tensor<1x16x4xf32>
    %95 = tosa.sin %93 : (tensor<1x16x4xf32>) -> tensor<1x16x4xf32>
    %96 = tosa.cast %58 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %97 = tosa.reduce_sum %96 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %98 = tosa.mul %97, %47, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %99 = tosa.sub %96, %98 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %100 = tosa.mul %99, %99, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %101 = tosa.reduce_sum %100 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %102 = tosa.mul %101, %47, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %103 = tosa.cast %102 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %104 = tosa.reduce_sum %58 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %105 = tosa.mul %104, %48, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %106 = tosa.add %103, %49 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %107 = tosa.rsqrt %106 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %108 = tosa.sub %58, %105 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %109 = tosa.mul %108, %107, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %110 = tosa.reshape %arg1, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %111 = tosa.mul %109, %110, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %112 = tosa.reshape %arg2, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %113 = tosa.add %111, %112 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %114 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %115 = tosa.reshape %113, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %116 = tosa.reshape %114, %17 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %117 = tosa.matmul %115, %116, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %118 = tosa.reshape %117, %18 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %119 = tosa.reshape %arg6, %19 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %120 = tosa.add %118, %119 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %121 = tosa.reshape %120, %20 : (tensor<32x192xf32>, !tosa.shape<4>) -> tensor<2x16x4x48xf32>
    %122 = tosa.transpose %121 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x48xf32>) -> tensor<2x4x16x48xf32>
    %123 = tosa.slice %122, %22, %21 : (tensor<2x4x16x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %124 = tosa.slice %122, %23, %21 : (tensor<2x4x16x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %125 = tosa.slice %122, %24, %21 : (tensor<2x4x16x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %126 = tosa.reshape %94, %25 : (tensor<1x16x4xf32>, !tosa.shape<4>) -> tensor<1x1x16x4xf32>
    %127 = tosa.reshape %95, %25 : (tensor<1x16x4xf32>, !tosa.shape<4>) -> tensor<1x1x16x4xf32>
    %128 = tosa.slice %123, %22, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %129 = tosa.slice %123, %28, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x12xf32>
    %130 = tosa.slice %124, %22, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x4xf32>
    %131 = tosa.slice %124, %28, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x12xf32>
    %132 = tosa.mul %128, %126, %4 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %133 = tosa.slice %128, %22, %29 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %134 = tosa.slice %128, %30, %29 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %135 = tosa.negate %134, %15, %15 : (tensor<2x4x16x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x2xf32>
    %136 = tosa.concat %135, %133 {axis = 3 : i32} : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %137 = tosa.mul %136, %127, %4 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %138 = tosa.add %132, %137 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x4xf32>
    %139 = tosa.mul %130, %126, %4 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %140 = tosa.slice %130, %22, %29 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %141 = tosa.slice %130, %30, %29 : (tensor<2x4x16x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x2xf32>
    %142 = tosa.negate %141, %15, %15 : (tensor<2x4x16x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x2xf32>
    %143 = tosa.concat %142, %140 {axis = 3 : i32} : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %144 = tosa.mul %143, %127, %4 : (tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>, tensor<1xi8>) -> tensor<2x4x16x4xf32>
    %145 = tosa.add %139, %144 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x4xf32>
    %146 = tosa.concat %138, %129 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %147 = tosa.concat %145, %131 {axis = 3 : i32} : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %148 = tosa.transpose %147 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %149 = tosa.reshape %146, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %150 = tosa.reshape %148, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %151 = tosa.matmul %149, %150, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %152 = tosa.reshape %151, %21 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %153 = tosa.mul %152, %50, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %154 = tosa.add %153, %89 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %155 = tosa.reduce_max %154 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %156 = tosa.sub %154, %155 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %157 = tosa.exp %156 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.reduce_sum %157 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %159 = tosa.reciprocal %158 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %160 = tosa.mul %157, %159, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %161 = tosa.reshape %160, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %162 = tosa.reshape %125, %31 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %163 = tosa.matmul %161, %162, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %164 = tosa.reshape %163, %21 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %165 = tosa.transpose %164 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %166 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %167 = tosa.reshape %165, %16 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %168 = tosa.reshape %166, %32 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %169 = tosa.matmul %167, %168, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %170 = tosa.reshape %169, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %171 = tosa.reshape %arg8, %33 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %172 = tosa.add %170, %171 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %173 = tosa.reshape %172, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %174 = tosa.reshape %arg3, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %175 = tosa.mul %109, %174, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %176 = tosa.reshape %arg4, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %177 = tosa.add %175, %176 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %178 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %179 = tosa.reshape %177, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %180 = tosa.reshape %178, %34 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %181 = tosa.matmul %179, %180, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %182 = tosa.reshape %181, %35 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %183 = tosa.reshape %arg10, %36 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %184 = tosa.add %182, %183 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %185 = tosa.reshape %184, %37 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %186 = tosa.mul %185, %53, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %187 = tosa.erf %186 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %188 = tosa.add %187, %51 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %189 = tosa.mul %52, %188, %4 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %190 = tosa.mul %185, %189, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %191 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %192 = tosa.reshape %190, %38 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %193 = tosa.reshape %191, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %194 = tosa.matmul %192, %193, %15, %15 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %195 = tosa.reshape %194, %14 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %196 = tosa.reshape %arg12, %33 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %197 = tosa.add %195, %196 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %198 = tosa.reshape %197, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %199 = tosa.add %198, %173 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %200 = tosa.add %199, %58 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %201 = tosa.cast %200 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %202 = tosa.reduce_sum %201 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %203 = tosa.mul %202, %47, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %204 = tosa.sub %201, %203 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %205 = tosa.mul %204, %204, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %206 = tosa.reduce_sum %205 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %207 = tosa.mul %206, %47, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %208 = tosa.cast %207 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %209 = tosa.reduce_sum %200 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %210 = tosa.mul %209, %48, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %211 = tosa.add %208, %49 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %212 = tosa.rsqrt %211 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %213 = tosa.sub %200, %210 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %214 = tosa.mul %213, %212, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %215 = tosa.reshape %arg13, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %216 = tosa.mul %214, %215, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %217 = tosa.reshape %arg14, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %218 = tosa.add %216, %217 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %218 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_torch.float32: "0x040000000000803F0AD7233C"
    }
  }
#-}
