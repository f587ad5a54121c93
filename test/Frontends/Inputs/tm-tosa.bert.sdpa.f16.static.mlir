// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f16", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf16>, %arg1: tensor<64x64xf16>, %arg2: tensor<2x64xf16>, %arg3: tensor<64xf16>, %arg4: tensor<64xf16>, %arg5: tensor<64x64xf16>, %arg6: tensor<64xf16>, %arg7: tensor<64x64xf16>, %arg8: tensor<64xf16>, %arg9: tensor<64x64xf16>, %arg10: tensor<64xf16>, %arg11: tensor<64x64xf16>, %arg12: tensor<64xf16>, %arg13: tensor<64xf16>, %arg14: tensor<64xf16>, %arg15: tensor<128x64xf16>, %arg16: tensor<128xf16>, %arg17: tensor<64x128xf16>, %arg18: tensor<64xf16>, %arg19: tensor<64xf16>, %arg20: tensor<64xf16>, %arg21: tensor<64x64xf16>, %arg22: tensor<64xf16>, %arg23: tensor<64x64xf16>, %arg24: tensor<64xf16>, %arg25: tensor<64x64xf16>, %arg26: tensor<64xf16>, %arg27: tensor<64x64xf16>, %arg28: tensor<64xf16>, %arg29: tensor<64xf16>, %arg30: tensor<64xf16>, %arg31: tensor<128x64xf16>, %arg32: tensor<128xf16>, %arg33: tensor<64x128xf16>, %arg34: tensor<64xf16>, %arg35: tensor<64xf16>, %arg36: tensor<64xf16>, %arg37: tensor<64x64xf16>, %arg38: tensor<64xf16>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xf16> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %2 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1x16x1xi32>}> : () -> tensor<1x16x1xi32>
    %6 = tosa.const_shape  {values = dense<[16, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %9 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %11 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %16 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %20 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %21 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %25 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %26 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %28 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf16>}> : () -> tensor<1xf16>
    %32 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %34 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %35 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64x1xi64>}> : () -> tensor<1x64x1xi64>
    %38 = "tosa.const"() <{values = dense<[[64, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %39 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %40 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %43 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %44 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %45 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %46 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %47 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %48 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %49 = "tosa.const"() <{values = dense<0xFC00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %50 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %52 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf16>}> : () -> tensor<1x1x1xf16>
    %53 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf16>}> : () -> tensor<1x1x1xf16>
    %54 = "tosa.const"() <{values = dense<7.070310e-01> : tensor<1x1x1xf16>}> : () -> tensor<1x1x1xf16>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %55 = tosa.slice %1, %3, %2 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %56 = tosa.cast %55 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %57 = tosa.reshape %56, %4 : (tensor<1x16xi32>, !tosa.shape<3>) -> tensor<1x16x1xi32>
    %58 = tosa.concat %5, %57 {axis = 2 : i32} : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x2xi32>
    %59 = tosa.reshape %58, %6 : (tensor<1x16x2xi32>, !tosa.shape<2>) -> tensor<16x2xi32>
    %60 = tosa.mul %59, %38, %7 : (tensor<16x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<16x2xi32>
    %61 = tosa.reduce_sum %60 {axis = 1 : i32} : (tensor<16x2xi32>) -> tensor<16x1xi32>
    %62 = tosa.reshape %61, %2 : (tensor<16x1xi32>, !tosa.shape<2>) -> tensor<1x16xi32>
    %63 = tosa.gather %37, %62 : (tensor<1x64x1xi64>, tensor<1x16xi32>) -> tensor<1x16x1xi64>
    %64 = tosa.reshape %63, %2 : (tensor<1x16x1xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %65 = tosa.tile %64, %8 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %66 = tosa.reshape %arg0, %9 : (tensor<128x64xf16>, !tosa.shape<3>) -> tensor<1x128x64xf16>
    %67 = tosa.reshape %arg39, %10 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %68 = tosa.cast %67 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %69 = tosa.gather %66, %68 : (tensor<1x128x64xf16>, tensor<1x32xi32>) -> tensor<1x32x64xf16>
    %70 = tosa.reshape %69, %11 : (tensor<1x32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %71 = tosa.reshape %arg2, %12 : (tensor<2x64xf16>, !tosa.shape<3>) -> tensor<1x2x64xf16>
    %72 = tosa.reshape %65, %10 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %73 = tosa.cast %72 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %74 = tosa.gather %71, %73 : (tensor<1x2x64xf16>, tensor<1x32xi32>) -> tensor<1x32x64xf16>
    %75 = tosa.reshape %74, %11 : (tensor<1x32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %76 = tosa.add %70, %75 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %77 = tosa.reshape %arg1, %13 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %78 = tosa.gather %77, %56 : (tensor<1x64x64xf16>, tensor<1x16xi32>) -> tensor<1x16x64xf16>
    %79 = tosa.add %76, %78 : (tensor<2x16x64xf16>, tensor<1x16x64xf16>) -> tensor<2x16x64xf16>
    %80 = tosa.cast %79 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %81 = tosa.cast %80 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %82 = tosa.reduce_sum %81 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %83 = tosa.mul %82, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %84 = tosa.sub %81, %83 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %85 = tosa.mul %84, %84, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %86 = tosa.reduce_sum %85 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %87 = tosa.mul %86, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %88 = tosa.cast %87 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %89 = tosa.reduce_sum %80 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %90 = tosa.mul %89, %40, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %91 = tosa.add %88, %41 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %92 = tosa.rsqrt %91 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %93 = tosa.sub %80, %90 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %94 = tosa.mul %93, %92, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %95 = tosa.reshape %arg3, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %96 = tosa.cast %95 : (tensor<1x1x64xf16>) -> tensor<1x1x64xf32>
    %97 = tosa.mul %94, %96, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %98 = tosa.cast %arg4 : (tensor<64xf16>) -> tensor<64xf32>
    %99 = tosa.reshape %98, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %100 = tosa.add %97, %99 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %101 = tosa.cast %100 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %102 = tosa.cast %arg40 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %103 = tosa.cast %15 : (tensor<16xi64>) -> tensor<16xi32>
    %104 = tosa.cast %103 : (tensor<16xi32>) -> tensor<16xi64>
    %105 = tosa.reshape %104, %17 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %106 = tosa.reshape %104, %18 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %107 = tosa.greater_equal %105, %42 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %108 = tosa.logical_and %107, %43 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %109 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %110 = tosa.add %109, %45 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %111 = tosa.greater %44, %109 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %112 = tosa.select %111, %110, %109 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %113 = tosa.reshape %112, %19 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %114 = tosa.cast %106 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %115 = tosa.add %114, %46 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %116 = tosa.greater %44, %114 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %117 = tosa.select %116, %115, %114 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %118 = tosa.reshape %117, %20 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %119 = tosa.tile %113, %20 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %120 = tosa.tile %118, %19 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %121 = tosa.concat %119, %120 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %122 = tosa.reshape %102, %21 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %123 = tosa.reshape %121, %22 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %124 = tosa.mul %123, %47, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %125 = tosa.reduce_sum %124 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %126 = tosa.reshape %125, %10 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %127 = tosa.cast %122 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %128 = tosa.gather %127, %126 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %129 = tosa.cast %128 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %130 = tosa.reshape %129, %23 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %131 = tosa.logical_and %108, %130 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %132 = tosa.reshape %101, %24 : (tensor<2x16x64xf16>, !tosa.shape<2>) -> tensor<32x64xf16>
    %133 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %134 = tosa.cast %arg6 : (tensor<64xf16>) -> tensor<64xf32>
    %135 = tosa.cast %132 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %136 = tosa.cast %133 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %137 = tosa.reshape %135, %26 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %138 = tosa.reshape %136, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %139 = tosa.matmul %137, %138, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %140 = tosa.reshape %139, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %141 = tosa.reshape %134, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %142 = tosa.add %140, %141 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %143 = tosa.cast %142 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %144 = tosa.reshape %143, %28 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %145 = tosa.transpose %144 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %146 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %147 = tosa.cast %arg8 : (tensor<64xf16>) -> tensor<64xf32>
    %148 = tosa.cast %146 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %149 = tosa.reshape %148, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %150 = tosa.matmul %137, %149, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %151 = tosa.reshape %150, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %152 = tosa.reshape %147, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %153 = tosa.add %151, %152 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %154 = tosa.cast %153 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %155 = tosa.reshape %154, %28 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %156 = tosa.transpose %155 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %157 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %158 = tosa.cast %arg10 : (tensor<64xf16>) -> tensor<64xf32>
    %159 = tosa.cast %157 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %160 = tosa.reshape %159, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %161 = tosa.matmul %137, %160, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %162 = tosa.reshape %161, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %163 = tosa.reshape %158, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %164 = tosa.add %162, %163 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %165 = tosa.cast %164 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %166 = tosa.reshape %165, %28 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %167 = tosa.transpose %166 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %168 = tosa.select %131, %48, %49 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf16>, tensor<1x1x1x1xf16>) -> tensor<2x1x16x16xf16>
    %169 = tosa.cast %145 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %170 = tosa.cast %156 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %171 = tosa.cast %167 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %172 = tosa.mul %169, %50, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %173 = tosa.transpose %170 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %174 = tosa.mul %173, %50, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %175 = tosa.reshape %172, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %176 = tosa.reshape %174, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %177 = tosa.matmul %175, %176, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %178 = tosa.reshape %177, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %179 = tosa.cast %168 : (tensor<2x1x16x16xf16>) -> tensor<2x1x16x16xf32>
    %180 = tosa.add %178, %179 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %181 = tosa.reduce_max %180 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %182 = tosa.sub %180, %181 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %183 = tosa.exp %182 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %184 = tosa.reduce_sum %183 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %185 = tosa.reciprocal %184 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %186 = tosa.mul %183, %185, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %187 = tosa.cast %180 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %188 = tosa.equal %187, %51 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %189 = tosa.reduce_all %188 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %190 = tosa.select %189, %0, %186 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %191 = tosa.reshape %190, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %192 = tosa.reshape %171, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %193 = tosa.matmul %191, %192, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %194 = tosa.reshape %193, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %195 = tosa.cast %194 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf16>
    %196 = tosa.transpose %195 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf16>) -> tensor<2x16x4x16xf16>
    %197 = tosa.reshape %196, %11 : (tensor<2x16x4x16xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %198 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %199 = tosa.reshape %198, %13 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %200 = tosa.tile %199, %16 : (tensor<1x64x64xf16>, !tosa.shape<3>) -> tensor<2x64x64xf16>
    %201 = tosa.matmul %197, %200, %31, %31 : (tensor<2x16x64xf16>, tensor<2x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x16x64xf32>
    %202 = tosa.cast %201 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %203 = tosa.reshape %arg12, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %204 = tosa.add %202, %203 : (tensor<2x16x64xf16>, tensor<1x1x64xf16>) -> tensor<2x16x64xf16>
    %205 = tosa.add %204, %101 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %206 = tosa.cast %205 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %207 = tosa.cast %206 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %208 = tosa.reduce_sum %207 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %209 = tosa.mul %208, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %210 = tosa.sub %207, %209 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %211 = tosa.mul %210, %210, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %212 = tosa.reduce_sum %211 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %213 = tosa.mul %212, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %214 = tosa.cast %213 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %215 = tosa.reduce_sum %206 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %216 = tosa.mul %215, %40, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %217 = tosa.add %214, %41 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %218 = tosa.rsqrt %217 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %219 = tosa.sub %206, %216 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %220 = tosa.mul %219, %218, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %221 = tosa.reshape %arg13, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %222 = tosa.cast %221 : (tensor<1x1x64xf16>) -> tensor<1x1x64xf32>
    %223 = tosa.mul %220, %222, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %224 = tosa.cast %arg14 : (tensor<64xf16>) -> tensor<64xf32>
    %225 = tosa.reshape %224, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %226 = tosa.add %223, %225 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %227 = tosa.cast %226 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %228 = tosa.reshape %227, %24 : (tensor<2x16x64xf16>, !tosa.shape<2>) -> tensor<32x64xf16>
    %229 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xf16>) -> tensor<64x128xf16>
    %230 = tosa.cast %arg16 : (tensor<128xf16>) -> tensor<128xf32>
    %231 = tosa.cast %228 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %232 = tosa.cast %229 : (tensor<64x128xf16>) -> tensor<64x128xf32>
    %233 = tosa.reshape %231, %26 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %234 = tosa.reshape %232, %32 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %235 = tosa.matmul %233, %234, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %236 = tosa.reshape %235, %33 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %237 = tosa.reshape %230, %34 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %238 = tosa.add %236, %237 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %239 = tosa.cast %238 : (tensor<32x128xf32>) -> tensor<32x128xf16>
    %240 = tosa.reshape %239, %35 : (tensor<32x128xf16>, !tosa.shape<3>) -> tensor<2x16x128xf16>
    %241 = tosa.mul %240, %54, %7 : (tensor<2x16x128xf16>, tensor<1x1x1xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %242 = tosa.erf %241 : (tensor<2x16x128xf16>) -> tensor<2x16x128xf16>
    %243 = tosa.add %242, %52 : (tensor<2x16x128xf16>, tensor<1x1x1xf16>) -> tensor<2x16x128xf16>
    %244 = tosa.mul %53, %243, %7 : (tensor<1x1x1xf16>, tensor<2x16x128xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %245 = tosa.mul %240, %244, %7 : (tensor<2x16x128xf16>, tensor<2x16x128xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %246 = tosa.reshape %245, %33 : (tensor<2x16x128xf16>, !tosa.shape<2>) -> tensor<32x128xf16>
    %247 = tosa.transpose %arg17 {perms = array<i32: 1, 0>} : (tensor<64x128xf16>) -> tensor<128x64xf16>
    %248 = tosa.cast %arg18 : (tensor<64xf16>) -> tensor<64xf32>
    %249 = tosa.cast %246 : (tensor<32x128xf16>) -> tensor<32x128xf32>
    %250 = tosa.cast %247 : (tensor<128x64xf16>) -> tensor<128x64xf32>
    %251 = tosa.reshape %249, %36 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %252 = tosa.reshape %250, %9 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %253 = tosa.matmul %251, %252, %25, %25 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %254 = tosa.reshape %253, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %255 = tosa.reshape %248, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %256 = tosa.add %254, %255 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %257 = tosa.cast %256 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %258 = tosa.reshape %257, %11 : (tensor<32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %259 = tosa.add %258, %227 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %260 = tosa.cast %259 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %261 = tosa.cast %260 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %262 = tosa.reduce_sum %261 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %263 = tosa.mul %262, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %264 = tosa.sub %261, %263 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %265 = tosa.mul %264, %264, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %266 = tosa.reduce_sum %265 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %267 = tosa.mul %266, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %268 = tosa.cast %267 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %269 = tosa.reduce_sum %260 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %270 = tosa.mul %269, %40, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %271 = tosa.add %268, %41 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %272 = tosa.rsqrt %271 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %273 = tosa.sub %260, %270 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %274 = tosa.mul %273, %272, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %275 = tosa.reshape %arg19, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %276 = tosa.cast %275 : (tensor<1x1x64xf16>) -> tensor<1x1x64xf32>
    %277 = tosa.mul %274, %276, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %278 = tosa.cast %arg20 : (tensor<64xf16>) -> tensor<64xf32>
    %279 = tosa.reshape %278, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %280 = tosa.add %277, %279 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %281 = tosa.cast %280 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %282 = tosa.reshape %281, %24 : (tensor<2x16x64xf16>, !tosa.shape<2>) -> tensor<32x64xf16>
    %283 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %284 = tosa.cast %arg22 : (tensor<64xf16>) -> tensor<64xf32>
    %285 = tosa.cast %282 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %286 = tosa.cast %283 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %287 = tosa.reshape %285, %26 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %288 = tosa.reshape %286, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %289 = tosa.matmul %287, %288, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %290 = tosa.reshape %289, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %291 = tosa.reshape %284, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %292 = tosa.add %290, %291 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %293 = tosa.cast %292 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %294 = tosa.reshape %293, %28 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %295 = tosa.transpose %294 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %296 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %297 = tosa.cast %arg24 : (tensor<64xf16>) -> tensor<64xf32>
    %298 = tosa.cast %296 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %299 = tosa.reshape %298, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %300 = tosa.matmul %287, %299, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %301 = tosa.reshape %300, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %302 = tosa.reshape %297, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %303 = tosa.add %301, %302 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %304 = tosa.cast %303 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %305 = tosa.reshape %304, %28 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %306 = tosa.transpose %305 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %307 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %308 = tosa.cast %arg26 : (tensor<64xf16>) -> tensor<64xf32>
    %309 = tosa.cast %307 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %310 = tosa.reshape %309, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %311 = tosa.matmul %287, %310, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %312 = tosa.reshape %311, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %313 = tosa.reshape %308, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %314 = tosa.add %312, %313 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %315 = tosa.cast %314 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %316 = tosa.reshape %315, %28 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %317 = tosa.transpose %316 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %318 = tosa.cast %295 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %319 = tosa.cast %306 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %320 = tosa.cast %317 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %321 = tosa.mul %318, %50, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %322 = tosa.transpose %319 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %323 = tosa.mul %322, %50, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %324 = tosa.reshape %321, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %325 = tosa.reshape %323, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %326 = tosa.matmul %324, %325, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %327 = tosa.reshape %326, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %328 = tosa.add %327, %179 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %329 = tosa.reduce_max %328 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %330 = tosa.sub %328, %329 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %331 = tosa.exp %330 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %332 = tosa.reduce_sum %331 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %333 = tosa.reciprocal %332 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %334 = tosa.mul %331, %333, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %335 = tosa.cast %328 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %336 = tosa.equal %335, %51 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %337 = tosa.reduce_all %336 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %338 = tosa.select %337, %0, %334 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %339 = tosa.reshape %338, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %340 = tosa.reshape %320, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %341 = tosa.matmul %339, %340, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %342 = tosa.reshape %341, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %343 = tosa.cast %342 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf16>
    %344 = tosa.transpose %343 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf16>) -> tensor<2x16x4x16xf16>
    %345 = tosa.reshape %344, %11 : (tensor<2x16x4x16xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %346 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %347 = tosa.reshape %346, %13 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %348 = tosa.tile %347, %16 : (tensor<1x64x64xf16>, !tosa.shape<3>) -> tensor<2x64x64xf16>
    %349 = tosa.matmul %345, %348, %31, %31 : (tensor<2x16x64xf16>, tensor<2x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x16x64xf32>
    %350 = tosa.cast %349 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %351 = tosa.reshape %arg28, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %352 = tosa.add %350, %351 : (tensor<2x16x64xf16>, tensor<1x1x64xf16>) -> tensor<2x16x64xf16>
    %353 = tosa.add %352, %281 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %354 = tosa.cast %353 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %355 = tosa.cast %354 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %356 = tosa.reduce_sum %355 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %357 = tosa.mul %356, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %358 = tosa.sub %355, %357 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %359 = tosa.mul %358, %358, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %360 = tosa.reduce_sum %359 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %361 = tosa.mul %360, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %362 = tosa.cast %361 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %363 = tosa.reduce_sum %354 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %364 = tosa.mul %363, %40, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %365 = tosa.add %362, %41 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %366 = tosa.rsqrt %365 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %367 = tosa.sub %354, %364 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %368 = tosa.mul %367, %366, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %369 = tosa.reshape %arg29, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %370 = tosa.cast %369 : (tensor<1x1x64xf16>) -> tensor<1x1x64xf32>
    %371 = tosa.mul %368, %370, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %372 = tosa.cast %arg30 : (tensor<64xf16>) -> tensor<64xf32>
    %373 = tosa.reshape %372, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %374 = tosa.add %371, %373 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %375 = tosa.cast %374 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %376 = tosa.reshape %375, %24 : (tensor<2x16x64xf16>, !tosa.shape<2>) -> tensor<32x64xf16>
    %377 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<128x64xf16>) -> tensor<64x128xf16>
    %378 = tosa.cast %arg32 : (tensor<128xf16>) -> tensor<128xf32>
    %379 = tosa.cast %376 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %380 = tosa.cast %377 : (tensor<64x128xf16>) -> tensor<64x128xf32>
    %381 = tosa.reshape %379, %26 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %382 = tosa.reshape %380, %32 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %383 = tosa.matmul %381, %382, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %384 = tosa.reshape %383, %33 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %385 = tosa.reshape %378, %34 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %386 = tosa.add %384, %385 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %387 = tosa.cast %386 : (tensor<32x128xf32>) -> tensor<32x128xf16>
    %388 = tosa.reshape %387, %35 : (tensor<32x128xf16>, !tosa.shape<3>) -> tensor<2x16x128xf16>
    %389 = tosa.mul %388, %54, %7 : (tensor<2x16x128xf16>, tensor<1x1x1xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %390 = tosa.erf %389 : (tensor<2x16x128xf16>) -> tensor<2x16x128xf16>
    %391 = tosa.add %390, %52 : (tensor<2x16x128xf16>, tensor<1x1x1xf16>) -> tensor<2x16x128xf16>
    %392 = tosa.mul %53, %391, %7 : (tensor<1x1x1xf16>, tensor<2x16x128xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %393 = tosa.mul %388, %392, %7 : (tensor<2x16x128xf16>, tensor<2x16x128xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %394 = tosa.reshape %393, %33 : (tensor<2x16x128xf16>, !tosa.shape<2>) -> tensor<32x128xf16>
    %395 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x128xf16>) -> tensor<128x64xf16>
    %396 = tosa.cast %arg34 : (tensor<64xf16>) -> tensor<64xf32>
    %397 = tosa.cast %394 : (tensor<32x128xf16>) -> tensor<32x128xf32>
    %398 = tosa.cast %395 : (tensor<128x64xf16>) -> tensor<128x64xf32>
    %399 = tosa.reshape %397, %36 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %400 = tosa.reshape %398, %9 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %401 = tosa.matmul %399, %400, %25, %25 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %402 = tosa.reshape %401, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %403 = tosa.reshape %396, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %404 = tosa.add %402, %403 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %405 = tosa.cast %404 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %406 = tosa.reshape %405, %11 : (tensor<32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %407 = tosa.add %406, %375 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %408 = tosa.cast %407 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %409 = tosa.cast %408 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %410 = tosa.reduce_sum %409 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %411 = tosa.mul %410, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %412 = tosa.sub %409, %411 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %413 = tosa.mul %412, %412, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %414 = tosa.reduce_sum %413 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %415 = tosa.mul %414, %39, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %416 = tosa.cast %415 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %417 = tosa.reduce_sum %408 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %418 = tosa.mul %417, %40, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %419 = tosa.add %416, %41 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %420 = tosa.rsqrt %419 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %421 = tosa.sub %408, %418 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %422 = tosa.mul %421, %420, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %423 = tosa.reshape %arg35, %14 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %424 = tosa.cast %423 : (tensor<1x1x64xf16>) -> tensor<1x1x64xf32>
    %425 = tosa.mul %422, %424, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %426 = tosa.cast %arg36 : (tensor<64xf16>) -> tensor<64xf32>
    %427 = tosa.reshape %426, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %428 = tosa.add %425, %427 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %429 = tosa.cast %428 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    return %429 : tensor<2x16x64xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000",
      torch_tensor_1_64_torch.int64_1: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
