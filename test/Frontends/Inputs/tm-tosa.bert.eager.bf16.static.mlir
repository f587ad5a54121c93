// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "bf16", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<64x64xbf16>, %arg2: tensor<2x64xbf16>, %arg3: tensor<64xbf16>, %arg4: tensor<64xbf16>, %arg5: tensor<64x64xbf16>, %arg6: tensor<64xbf16>, %arg7: tensor<64x64xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64x64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<64x64xbf16>, %arg12: tensor<64xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<128xbf16>, %arg17: tensor<64x128xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64xbf16>, %arg20: tensor<64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64x64xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<64x64xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64xbf16>, %arg31: tensor<128x64xbf16>, %arg32: tensor<128xbf16>, %arg33: tensor<64x128xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64xbf16>, %arg36: tensor<64xbf16>, %arg37: tensor<64x64xbf16>, %arg38: tensor<64xbf16>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xbf16> {
    %0 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %1 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1x16x1xi32>}> : () -> tensor<1x16x1xi32>
    %5 = tosa.const_shape  {values = dense<[16, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %8 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %10 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %15 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %18 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %19 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %24 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %26 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xbf16>}> : () -> tensor<1xbf16>
    %29 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %32 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %33 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64x1xi64>}> : () -> tensor<1x64x1xi64>
    %36 = "tosa.const"() <{values = dense<[[64, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %37 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %38 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %41 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %42 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %43 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %44 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %45 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %46 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %47 = "tosa.const"() <{values = dense<-3.389530e+38> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %48 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %49 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %50 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %51 = "tosa.const"() <{values = dense<7.070310e-01> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %52 = tosa.slice %0, %2, %1 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %53 = tosa.cast %52 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %54 = tosa.reshape %53, %3 : (tensor<1x16xi32>, !tosa.shape<3>) -> tensor<1x16x1xi32>
    %55 = tosa.concat %4, %54 {axis = 2 : i32} : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x2xi32>
    %56 = tosa.reshape %55, %5 : (tensor<1x16x2xi32>, !tosa.shape<2>) -> tensor<16x2xi32>
    %57 = tosa.mul %56, %36, %6 : (tensor<16x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<16x2xi32>
    %58 = tosa.reduce_sum %57 {axis = 1 : i32} : (tensor<16x2xi32>) -> tensor<16x1xi32>
    %59 = tosa.reshape %58, %1 : (tensor<16x1xi32>, !tosa.shape<2>) -> tensor<1x16xi32>
    %60 = tosa.gather %35, %59 : (tensor<1x64x1xi64>, tensor<1x16xi32>) -> tensor<1x16x1xi64>
    %61 = tosa.reshape %60, %1 : (tensor<1x16x1xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %62 = tosa.tile %61, %7 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %63 = tosa.reshape %arg0, %8 : (tensor<128x64xbf16>, !tosa.shape<3>) -> tensor<1x128x64xbf16>
    %64 = tosa.reshape %arg39, %9 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %65 = tosa.cast %64 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %66 = tosa.gather %63, %65 : (tensor<1x128x64xbf16>, tensor<1x32xi32>) -> tensor<1x32x64xbf16>
    %67 = tosa.reshape %66, %10 : (tensor<1x32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %68 = tosa.reshape %arg2, %11 : (tensor<2x64xbf16>, !tosa.shape<3>) -> tensor<1x2x64xbf16>
    %69 = tosa.reshape %62, %9 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %70 = tosa.cast %69 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %71 = tosa.gather %68, %70 : (tensor<1x2x64xbf16>, tensor<1x32xi32>) -> tensor<1x32x64xbf16>
    %72 = tosa.reshape %71, %10 : (tensor<1x32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %73 = tosa.add %67, %72 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %74 = tosa.reshape %arg1, %12 : (tensor<64x64xbf16>, !tosa.shape<3>) -> tensor<1x64x64xbf16>
    %75 = tosa.gather %74, %53 : (tensor<1x64x64xbf16>, tensor<1x16xi32>) -> tensor<1x16x64xbf16>
    %76 = tosa.add %73, %75 : (tensor<2x16x64xbf16>, tensor<1x16x64xbf16>) -> tensor<2x16x64xbf16>
    %77 = tosa.cast %76 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %78 = tosa.cast %77 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %79 = tosa.reduce_sum %78 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %80 = tosa.mul %79, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %81 = tosa.sub %78, %80 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %82 = tosa.mul %81, %81, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %83 = tosa.reduce_sum %82 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %84 = tosa.mul %83, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %85 = tosa.cast %84 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %86 = tosa.reduce_sum %77 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %87 = tosa.mul %86, %38, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %88 = tosa.add %85, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %89 = tosa.rsqrt %88 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %90 = tosa.sub %77, %87 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %91 = tosa.mul %90, %89, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %92 = tosa.reshape %arg3, %13 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %93 = tosa.cast %92 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %94 = tosa.mul %91, %93, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %95 = tosa.cast %arg4 : (tensor<64xbf16>) -> tensor<64xf32>
    %96 = tosa.reshape %95, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %97 = tosa.add %94, %96 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %98 = tosa.cast %97 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %99 = tosa.cast %arg40 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %100 = tosa.cast %14 : (tensor<16xi64>) -> tensor<16xi32>
    %101 = tosa.cast %100 : (tensor<16xi32>) -> tensor<16xi64>
    %102 = tosa.reshape %101, %15 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %103 = tosa.reshape %101, %16 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %104 = tosa.greater_equal %102, %40 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %105 = tosa.logical_and %104, %41 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %106 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %107 = tosa.add %106, %43 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %108 = tosa.greater %42, %106 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %109 = tosa.select %108, %107, %106 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %110 = tosa.reshape %109, %17 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %111 = tosa.cast %103 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %112 = tosa.add %111, %44 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %113 = tosa.greater %42, %111 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %114 = tosa.select %113, %112, %111 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %115 = tosa.reshape %114, %18 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %116 = tosa.tile %110, %18 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %117 = tosa.tile %115, %17 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %118 = tosa.concat %116, %117 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %119 = tosa.reshape %99, %19 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %120 = tosa.reshape %118, %20 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %121 = tosa.mul %120, %45, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %122 = tosa.reduce_sum %121 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %123 = tosa.reshape %122, %9 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %124 = tosa.cast %119 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %125 = tosa.gather %124, %123 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %126 = tosa.cast %125 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %127 = tosa.reshape %126, %21 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %128 = tosa.logical_and %105, %127 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %129 = tosa.select %128, %46, %47 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x16x16xbf16>
    %130 = tosa.reshape %98, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %131 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %132 = tosa.cast %arg6 : (tensor<64xbf16>) -> tensor<64xf32>
    %133 = tosa.cast %130 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %134 = tosa.cast %131 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %135 = tosa.reshape %133, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %136 = tosa.reshape %134, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %137 = tosa.matmul %135, %136, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %138 = tosa.reshape %137, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %139 = tosa.reshape %132, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %140 = tosa.add %138, %139 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %141 = tosa.cast %140 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %142 = tosa.reshape %141, %26 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %143 = tosa.transpose %142 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %144 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %145 = tosa.cast %arg8 : (tensor<64xbf16>) -> tensor<64xf32>
    %146 = tosa.cast %144 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %147 = tosa.reshape %146, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %148 = tosa.matmul %135, %147, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %149 = tosa.reshape %148, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %150 = tosa.reshape %145, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %151 = tosa.add %149, %150 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %152 = tosa.cast %151 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %153 = tosa.reshape %152, %26 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %154 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %155 = tosa.cast %arg10 : (tensor<64xbf16>) -> tensor<64xf32>
    %156 = tosa.cast %154 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %157 = tosa.reshape %156, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %158 = tosa.matmul %135, %157, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %159 = tosa.reshape %158, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %160 = tosa.reshape %155, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %161 = tosa.add %159, %160 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %162 = tosa.cast %161 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %163 = tosa.reshape %162, %26 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %164 = tosa.transpose %163 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %165 = tosa.transpose %153 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %166 = tosa.reshape %143, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %167 = tosa.reshape %165, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %168 = tosa.matmul %166, %167, %28, %28 : (tensor<8x16x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x16x16xf32>
    %169 = tosa.cast %168 : (tensor<8x16x16xf32>) -> tensor<8x16x16xbf16>
    %170 = tosa.reshape %169, %29 : (tensor<8x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %171 = tosa.mul %170, %48, %6 : (tensor<2x4x16x16xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x4x16x16xbf16>
    %172 = tosa.add %171, %129 : (tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) -> tensor<2x4x16x16xbf16>
    %173 = tosa.cast %172 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %174 = tosa.reduce_max %173 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %175 = tosa.sub %173, %174 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %176 = tosa.exp %175 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %177 = tosa.reduce_sum %176 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %178 = tosa.reciprocal %177 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %179 = tosa.mul %176, %178, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %180 = tosa.cast %179 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xbf16>
    %181 = tosa.reshape %180, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %182 = tosa.reshape %164, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %183 = tosa.matmul %181, %182, %28, %28 : (tensor<8x16x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x16x16xf32>
    %184 = tosa.cast %183 : (tensor<8x16x16xf32>) -> tensor<8x16x16xbf16>
    %185 = tosa.reshape %184, %29 : (tensor<8x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %186 = tosa.transpose %185 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xbf16>) -> tensor<2x16x4x16xbf16>
    %187 = tosa.reshape %186, %22 : (tensor<2x16x4x16xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %188 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %189 = tosa.cast %arg12 : (tensor<64xbf16>) -> tensor<64xf32>
    %190 = tosa.cast %187 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %191 = tosa.cast %188 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %192 = tosa.reshape %190, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %193 = tosa.reshape %191, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %194 = tosa.matmul %192, %193, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %195 = tosa.reshape %194, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %196 = tosa.reshape %189, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %197 = tosa.add %195, %196 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %198 = tosa.cast %197 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %199 = tosa.reshape %198, %10 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %200 = tosa.add %199, %98 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %201 = tosa.cast %200 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %202 = tosa.cast %201 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %203 = tosa.reduce_sum %202 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %204 = tosa.mul %203, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %205 = tosa.sub %202, %204 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %206 = tosa.mul %205, %205, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %207 = tosa.reduce_sum %206 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %208 = tosa.mul %207, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %209 = tosa.cast %208 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %210 = tosa.reduce_sum %201 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %211 = tosa.mul %210, %38, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %212 = tosa.add %209, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %213 = tosa.rsqrt %212 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %214 = tosa.sub %201, %211 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %215 = tosa.mul %214, %213, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %216 = tosa.reshape %arg13, %13 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %217 = tosa.cast %216 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %218 = tosa.mul %215, %217, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %219 = tosa.cast %arg14 : (tensor<64xbf16>) -> tensor<64xf32>
    %220 = tosa.reshape %219, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %221 = tosa.add %218, %220 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %222 = tosa.cast %221 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %223 = tosa.reshape %222, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %224 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xbf16>) -> tensor<64x128xbf16>
    %225 = tosa.cast %arg16 : (tensor<128xbf16>) -> tensor<128xf32>
    %226 = tosa.cast %223 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %227 = tosa.cast %224 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %228 = tosa.reshape %226, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %229 = tosa.reshape %227, %30 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %230 = tosa.matmul %228, %229, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %231 = tosa.reshape %230, %31 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %232 = tosa.reshape %225, %32 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %233 = tosa.add %231, %232 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %234 = tosa.cast %233 : (tensor<32x128xf32>) -> tensor<32x128xbf16>
    %235 = tosa.reshape %234, %33 : (tensor<32x128xbf16>, !tosa.shape<3>) -> tensor<2x16x128xbf16>
    %236 = tosa.mul %235, %51, %6 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %237 = tosa.erf %236 : (tensor<2x16x128xbf16>) -> tensor<2x16x128xbf16>
    %238 = tosa.add %237, %49 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>) -> tensor<2x16x128xbf16>
    %239 = tosa.mul %50, %238, %6 : (tensor<1x1x1xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %240 = tosa.mul %235, %239, %6 : (tensor<2x16x128xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %241 = tosa.reshape %240, %31 : (tensor<2x16x128xbf16>, !tosa.shape<2>) -> tensor<32x128xbf16>
    %242 = tosa.transpose %arg17 {perms = array<i32: 1, 0>} : (tensor<64x128xbf16>) -> tensor<128x64xbf16>
    %243 = tosa.cast %arg18 : (tensor<64xbf16>) -> tensor<64xf32>
    %244 = tosa.cast %241 : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %245 = tosa.cast %242 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %246 = tosa.reshape %244, %34 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %247 = tosa.reshape %245, %8 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %248 = tosa.matmul %246, %247, %23, %23 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %249 = tosa.reshape %248, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %250 = tosa.reshape %243, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %251 = tosa.add %249, %250 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %252 = tosa.cast %251 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %253 = tosa.reshape %252, %10 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %254 = tosa.add %253, %222 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %255 = tosa.cast %254 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %256 = tosa.cast %255 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %257 = tosa.reduce_sum %256 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %258 = tosa.mul %257, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %259 = tosa.sub %256, %258 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %260 = tosa.mul %259, %259, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %261 = tosa.reduce_sum %260 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %262 = tosa.mul %261, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %263 = tosa.cast %262 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %264 = tosa.reduce_sum %255 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %265 = tosa.mul %264, %38, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %266 = tosa.add %263, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %267 = tosa.rsqrt %266 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %268 = tosa.sub %255, %265 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %269 = tosa.mul %268, %267, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %270 = tosa.reshape %arg19, %13 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %271 = tosa.cast %270 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %272 = tosa.mul %269, %271, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %273 = tosa.cast %arg20 : (tensor<64xbf16>) -> tensor<64xf32>
    %274 = tosa.reshape %273, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %275 = tosa.add %272, %274 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %276 = tosa.cast %275 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %277 = tosa.reshape %276, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %278 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %279 = tosa.cast %arg22 : (tensor<64xbf16>) -> tensor<64xf32>
    %280 = tosa.cast %277 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %281 = tosa.cast %278 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %282 = tosa.reshape %280, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %283 = tosa.reshape %281, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %284 = tosa.matmul %282, %283, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %285 = tosa.reshape %284, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %286 = tosa.reshape %279, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %287 = tosa.add %285, %286 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %288 = tosa.cast %287 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %289 = tosa.reshape %288, %26 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %290 = tosa.transpose %289 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %291 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %292 = tosa.cast %arg24 : (tensor<64xbf16>) -> tensor<64xf32>
    %293 = tosa.cast %291 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %294 = tosa.reshape %293, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %295 = tosa.matmul %282, %294, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %296 = tosa.reshape %295, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %297 = tosa.reshape %292, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %298 = tosa.add %296, %297 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %299 = tosa.cast %298 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %300 = tosa.reshape %299, %26 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %301 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %302 = tosa.cast %arg26 : (tensor<64xbf16>) -> tensor<64xf32>
    %303 = tosa.cast %301 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %304 = tosa.reshape %303, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %305 = tosa.matmul %282, %304, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %306 = tosa.reshape %305, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %307 = tosa.reshape %302, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %308 = tosa.add %306, %307 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %309 = tosa.cast %308 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %310 = tosa.reshape %309, %26 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %311 = tosa.transpose %310 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %312 = tosa.transpose %300 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %313 = tosa.reshape %290, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %314 = tosa.reshape %312, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %315 = tosa.matmul %313, %314, %28, %28 : (tensor<8x16x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x16x16xf32>
    %316 = tosa.cast %315 : (tensor<8x16x16xf32>) -> tensor<8x16x16xbf16>
    %317 = tosa.reshape %316, %29 : (tensor<8x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %318 = tosa.mul %317, %48, %6 : (tensor<2x4x16x16xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x4x16x16xbf16>
    %319 = tosa.add %318, %129 : (tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) -> tensor<2x4x16x16xbf16>
    %320 = tosa.cast %319 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %321 = tosa.reduce_max %320 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %322 = tosa.sub %320, %321 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %323 = tosa.exp %322 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %324 = tosa.reduce_sum %323 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %325 = tosa.reciprocal %324 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %326 = tosa.mul %323, %325, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %327 = tosa.cast %326 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xbf16>
    %328 = tosa.reshape %327, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %329 = tosa.reshape %311, %27 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %330 = tosa.matmul %328, %329, %28, %28 : (tensor<8x16x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x16x16xf32>
    %331 = tosa.cast %330 : (tensor<8x16x16xf32>) -> tensor<8x16x16xbf16>
    %332 = tosa.reshape %331, %29 : (tensor<8x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %333 = tosa.transpose %332 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xbf16>) -> tensor<2x16x4x16xbf16>
    %334 = tosa.reshape %333, %22 : (tensor<2x16x4x16xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %335 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %336 = tosa.cast %arg28 : (tensor<64xbf16>) -> tensor<64xf32>
    %337 = tosa.cast %334 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %338 = tosa.cast %335 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %339 = tosa.reshape %337, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %340 = tosa.reshape %338, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %341 = tosa.matmul %339, %340, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %342 = tosa.reshape %341, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %343 = tosa.reshape %336, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %344 = tosa.add %342, %343 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %345 = tosa.cast %344 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %346 = tosa.reshape %345, %10 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %347 = tosa.add %346, %276 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %348 = tosa.cast %347 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %349 = tosa.cast %348 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %350 = tosa.reduce_sum %349 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %351 = tosa.mul %350, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %352 = tosa.sub %349, %351 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %353 = tosa.mul %352, %352, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %354 = tosa.reduce_sum %353 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %355 = tosa.mul %354, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %356 = tosa.cast %355 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %357 = tosa.reduce_sum %348 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %358 = tosa.mul %357, %38, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %359 = tosa.add %356, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %360 = tosa.rsqrt %359 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %361 = tosa.sub %348, %358 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %362 = tosa.mul %361, %360, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %363 = tosa.reshape %arg29, %13 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %364 = tosa.cast %363 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %365 = tosa.mul %362, %364, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %366 = tosa.cast %arg30 : (tensor<64xbf16>) -> tensor<64xf32>
    %367 = tosa.reshape %366, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %368 = tosa.add %365, %367 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %369 = tosa.cast %368 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %370 = tosa.reshape %369, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %371 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<128x64xbf16>) -> tensor<64x128xbf16>
    %372 = tosa.cast %arg32 : (tensor<128xbf16>) -> tensor<128xf32>
    %373 = tosa.cast %370 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %374 = tosa.cast %371 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %375 = tosa.reshape %373, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %376 = tosa.reshape %374, %30 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %377 = tosa.matmul %375, %376, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %378 = tosa.reshape %377, %31 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %379 = tosa.reshape %372, %32 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %380 = tosa.add %378, %379 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %381 = tosa.cast %380 : (tensor<32x128xf32>) -> tensor<32x128xbf16>
    %382 = tosa.reshape %381, %33 : (tensor<32x128xbf16>, !tosa.shape<3>) -> tensor<2x16x128xbf16>
    %383 = tosa.mul %382, %51, %6 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %384 = tosa.erf %383 : (tensor<2x16x128xbf16>) -> tensor<2x16x128xbf16>
    %385 = tosa.add %384, %49 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>) -> tensor<2x16x128xbf16>
    %386 = tosa.mul %50, %385, %6 : (tensor<1x1x1xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %387 = tosa.mul %382, %386, %6 : (tensor<2x16x128xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %388 = tosa.reshape %387, %31 : (tensor<2x16x128xbf16>, !tosa.shape<2>) -> tensor<32x128xbf16>
    %389 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x128xbf16>) -> tensor<128x64xbf16>
    %390 = tosa.cast %arg34 : (tensor<64xbf16>) -> tensor<64xf32>
    %391 = tosa.cast %388 : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %392 = tosa.cast %389 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %393 = tosa.reshape %391, %34 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %394 = tosa.reshape %392, %8 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %395 = tosa.matmul %393, %394, %23, %23 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %396 = tosa.reshape %395, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %397 = tosa.reshape %390, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %398 = tosa.add %396, %397 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %399 = tosa.cast %398 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %400 = tosa.reshape %399, %10 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %401 = tosa.add %400, %369 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %402 = tosa.cast %401 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %403 = tosa.cast %402 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %404 = tosa.reduce_sum %403 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %405 = tosa.mul %404, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %406 = tosa.sub %403, %405 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %407 = tosa.mul %406, %406, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %408 = tosa.reduce_sum %407 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %409 = tosa.mul %408, %37, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %410 = tosa.cast %409 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %411 = tosa.reduce_sum %402 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %412 = tosa.mul %411, %38, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %413 = tosa.add %410, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %414 = tosa.rsqrt %413 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %415 = tosa.sub %402, %412 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %416 = tosa.mul %415, %414, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %417 = tosa.reshape %arg35, %13 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %418 = tosa.cast %417 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %419 = tosa.mul %416, %418, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %420 = tosa.cast %arg36 : (tensor<64xbf16>) -> tensor<64xf32>
    %421 = tosa.reshape %420, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %422 = tosa.add %419, %421 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %423 = tosa.cast %422 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    return %423 : tensor<2x16x64xbf16>
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
