// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %31 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %33 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %34 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64x1xi64>}> : () -> tensor<1x64x1xi64>
    %37 = "tosa.const"() <{values = dense<[[64, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %38 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %39 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %42 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %43 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %44 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %45 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %46 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %47 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %51 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %52 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %53 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %54 = tosa.slice %1, %3, %2 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %55 = tosa.cast %54 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %56 = tosa.reshape %55, %4 : (tensor<1x16xi32>, !tosa.shape<3>) -> tensor<1x16x1xi32>
    %57 = tosa.concat %5, %56 {axis = 2 : i32} : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x2xi32>
    %58 = tosa.reshape %57, %6 : (tensor<1x16x2xi32>, !tosa.shape<2>) -> tensor<16x2xi32>
    %59 = tosa.mul %58, %37, %7 : (tensor<16x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<16x2xi32>
    %60 = tosa.reduce_sum %59 {axis = 1 : i32} : (tensor<16x2xi32>) -> tensor<16x1xi32>
    %61 = tosa.reshape %60, %2 : (tensor<16x1xi32>, !tosa.shape<2>) -> tensor<1x16xi32>
    %62 = tosa.gather %36, %61 : (tensor<1x64x1xi64>, tensor<1x16xi32>) -> tensor<1x16x1xi64>
    %63 = tosa.reshape %62, %2 : (tensor<1x16x1xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %64 = tosa.tile %63, %8 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %65 = tosa.reshape %arg0, %9 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %66 = tosa.reshape %arg39, %10 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %67 = tosa.cast %66 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %68 = tosa.gather %65, %67 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %69 = tosa.reshape %68, %11 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %70 = tosa.reshape %arg2, %12 : (tensor<2x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %71 = tosa.reshape %64, %10 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %72 = tosa.cast %71 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %73 = tosa.gather %70, %72 : (tensor<1x2x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %74 = tosa.reshape %73, %11 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %75 = tosa.add %69, %74 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = tosa.reshape %arg1, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %77 = tosa.gather %76, %55 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %78 = tosa.add %75, %77 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %79 = tosa.cast %78 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %80 = tosa.reduce_sum %79 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %81 = tosa.mul %80, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %82 = tosa.sub %79, %81 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %83 = tosa.mul %82, %82, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %84 = tosa.reduce_sum %83 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %85 = tosa.mul %84, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %86 = tosa.cast %85 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %87 = tosa.reduce_sum %78 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %88 = tosa.mul %87, %39, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %89 = tosa.add %86, %40 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %90 = tosa.rsqrt %89 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %91 = tosa.sub %78, %88 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %92 = tosa.mul %91, %90, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %93 = tosa.reshape %arg3, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %94 = tosa.mul %92, %93, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %95 = tosa.reshape %arg4, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %96 = tosa.add %94, %95 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %97 = tosa.cast %arg40 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %98 = tosa.cast %15 : (tensor<16xi64>) -> tensor<16xi32>
    %99 = tosa.cast %98 : (tensor<16xi32>) -> tensor<16xi64>
    %100 = tosa.reshape %99, %17 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %101 = tosa.reshape %99, %18 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %102 = tosa.greater_equal %100, %41 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %103 = tosa.logical_and %102, %42 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %104 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %105 = tosa.add %104, %44 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %106 = tosa.greater %43, %104 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %107 = tosa.select %106, %105, %104 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %108 = tosa.reshape %107, %19 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %109 = tosa.cast %101 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %110 = tosa.add %109, %45 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %111 = tosa.greater %43, %109 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %112 = tosa.select %111, %110, %109 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %113 = tosa.reshape %112, %20 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %114 = tosa.tile %108, %20 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %115 = tosa.tile %113, %19 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %116 = tosa.concat %114, %115 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %117 = tosa.reshape %97, %21 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %118 = tosa.reshape %116, %22 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %119 = tosa.mul %118, %46, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %120 = tosa.reduce_sum %119 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %121 = tosa.reshape %120, %10 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %122 = tosa.cast %117 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %123 = tosa.gather %122, %121 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %124 = tosa.cast %123 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %125 = tosa.reshape %124, %23 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %126 = tosa.logical_and %103, %125 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %127 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %128 = tosa.reshape %96, %26 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %129 = tosa.reshape %127, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %130 = tosa.matmul %128, %129, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %131 = tosa.reshape %130, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %132 = tosa.reshape %arg6, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %133 = tosa.add %131, %132 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %134 = tosa.reshape %133, %28 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %135 = tosa.transpose %134 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %136 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %137 = tosa.reshape %136, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %138 = tosa.matmul %128, %137, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %139 = tosa.reshape %138, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %140 = tosa.reshape %arg8, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %141 = tosa.add %139, %140 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %142 = tosa.reshape %141, %28 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %143 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %144 = tosa.reshape %143, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %145 = tosa.matmul %128, %144, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %146 = tosa.reshape %145, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %147 = tosa.reshape %arg10, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %148 = tosa.add %146, %147 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %149 = tosa.reshape %148, %28 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %150 = tosa.transpose %149 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %151 = tosa.select %126, %47, %48 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %152 = tosa.mul %135, %49, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %153 = tosa.transpose %142 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %154 = tosa.mul %153, %49, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %155 = tosa.reshape %152, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %156 = tosa.reshape %154, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %157 = tosa.matmul %155, %156, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %158 = tosa.reshape %157, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %159 = tosa.add %158, %151 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %160 = tosa.reduce_max %159 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %161 = tosa.sub %159, %160 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %162 = tosa.exp %161 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %163 = tosa.reduce_sum %162 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %164 = tosa.reciprocal %163 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %165 = tosa.mul %162, %164, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %166 = tosa.cast %159 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %167 = tosa.equal %166, %50 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %168 = tosa.reduce_all %167 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %169 = tosa.select %168, %0, %165 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %170 = tosa.reshape %169, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %171 = tosa.reshape %150, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %172 = tosa.matmul %170, %171, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %173 = tosa.reshape %172, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %174 = tosa.transpose %173 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %175 = tosa.reshape %174, %11 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %176 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %177 = tosa.reshape %176, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %178 = tosa.tile %177, %16 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %179 = tosa.matmul %175, %178, %25, %25 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %180 = tosa.reshape %arg12, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %181 = tosa.add %179, %180 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %182 = tosa.add %181, %96 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %183 = tosa.cast %182 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %184 = tosa.reduce_sum %183 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %185 = tosa.mul %184, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %186 = tosa.sub %183, %185 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %187 = tosa.mul %186, %186, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %188 = tosa.reduce_sum %187 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %189 = tosa.mul %188, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %190 = tosa.cast %189 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %191 = tosa.reduce_sum %182 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %192 = tosa.mul %191, %39, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %193 = tosa.add %190, %40 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %194 = tosa.rsqrt %193 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %195 = tosa.sub %182, %192 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %196 = tosa.mul %195, %194, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %197 = tosa.reshape %arg13, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %198 = tosa.mul %196, %197, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %199 = tosa.reshape %arg14, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %200 = tosa.add %198, %199 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %201 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %202 = tosa.reshape %200, %26 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %203 = tosa.reshape %201, %31 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %204 = tosa.matmul %202, %203, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %205 = tosa.reshape %204, %32 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %206 = tosa.reshape %arg16, %33 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %207 = tosa.add %205, %206 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %208 = tosa.reshape %207, %34 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %209 = tosa.mul %208, %53, %7 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %210 = tosa.erf %209 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %211 = tosa.add %210, %51 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %212 = tosa.mul %52, %211, %7 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %213 = tosa.mul %208, %212, %7 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %214 = tosa.transpose %arg17 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %215 = tosa.reshape %213, %35 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %216 = tosa.reshape %214, %9 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %217 = tosa.matmul %215, %216, %25, %25 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %218 = tosa.reshape %217, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %219 = tosa.reshape %arg18, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %220 = tosa.add %218, %219 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %221 = tosa.reshape %220, %11 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %222 = tosa.add %221, %200 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %223 = tosa.cast %222 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %224 = tosa.reduce_sum %223 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %225 = tosa.mul %224, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %226 = tosa.sub %223, %225 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %227 = tosa.mul %226, %226, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %228 = tosa.reduce_sum %227 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %229 = tosa.mul %228, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %230 = tosa.cast %229 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %231 = tosa.reduce_sum %222 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %232 = tosa.mul %231, %39, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %233 = tosa.add %230, %40 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %234 = tosa.rsqrt %233 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %235 = tosa.sub %222, %232 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %236 = tosa.mul %235, %234, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %237 = tosa.reshape %arg19, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %238 = tosa.mul %236, %237, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %239 = tosa.reshape %arg20, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %240 = tosa.add %238, %239 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %241 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %242 = tosa.reshape %240, %26 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %243 = tosa.reshape %241, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %244 = tosa.matmul %242, %243, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %245 = tosa.reshape %244, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %246 = tosa.reshape %arg22, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %247 = tosa.add %245, %246 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %248 = tosa.reshape %247, %28 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %249 = tosa.transpose %248 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %250 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %251 = tosa.reshape %250, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %252 = tosa.matmul %242, %251, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %253 = tosa.reshape %252, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %254 = tosa.reshape %arg24, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %255 = tosa.add %253, %254 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %256 = tosa.reshape %255, %28 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %257 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %258 = tosa.reshape %257, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %259 = tosa.matmul %242, %258, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %260 = tosa.reshape %259, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %261 = tosa.reshape %arg26, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %262 = tosa.add %260, %261 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %263 = tosa.reshape %262, %28 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %264 = tosa.transpose %263 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %265 = tosa.mul %249, %49, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %266 = tosa.transpose %256 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %267 = tosa.mul %266, %49, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %268 = tosa.reshape %265, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %269 = tosa.reshape %267, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %270 = tosa.matmul %268, %269, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %271 = tosa.reshape %270, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %272 = tosa.add %271, %151 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %273 = tosa.reduce_max %272 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %274 = tosa.sub %272, %273 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %275 = tosa.exp %274 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %276 = tosa.reduce_sum %275 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %277 = tosa.reciprocal %276 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %278 = tosa.mul %275, %277, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %279 = tosa.cast %272 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %280 = tosa.equal %279, %50 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %281 = tosa.reduce_all %280 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %282 = tosa.select %281, %0, %278 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %283 = tosa.reshape %282, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %284 = tosa.reshape %264, %29 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %285 = tosa.matmul %283, %284, %25, %25 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %286 = tosa.reshape %285, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %287 = tosa.transpose %286 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %288 = tosa.reshape %287, %11 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %289 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %290 = tosa.reshape %289, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %291 = tosa.tile %290, %16 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %292 = tosa.matmul %288, %291, %25, %25 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %293 = tosa.reshape %arg28, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %294 = tosa.add %292, %293 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %295 = tosa.add %294, %240 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %296 = tosa.cast %295 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %297 = tosa.reduce_sum %296 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %298 = tosa.mul %297, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %299 = tosa.sub %296, %298 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %300 = tosa.mul %299, %299, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %301 = tosa.reduce_sum %300 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %302 = tosa.mul %301, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %303 = tosa.cast %302 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %304 = tosa.reduce_sum %295 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %305 = tosa.mul %304, %39, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %306 = tosa.add %303, %40 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %307 = tosa.rsqrt %306 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %308 = tosa.sub %295, %305 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %309 = tosa.mul %308, %307, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %310 = tosa.reshape %arg29, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %311 = tosa.mul %309, %310, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %312 = tosa.reshape %arg30, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %313 = tosa.add %311, %312 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %314 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %315 = tosa.reshape %313, %26 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %316 = tosa.reshape %314, %31 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %317 = tosa.matmul %315, %316, %25, %25 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %318 = tosa.reshape %317, %32 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %319 = tosa.reshape %arg32, %33 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %320 = tosa.add %318, %319 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %321 = tosa.reshape %320, %34 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %322 = tosa.mul %321, %53, %7 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %323 = tosa.erf %322 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %324 = tosa.add %323, %51 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %325 = tosa.mul %52, %324, %7 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %326 = tosa.mul %321, %325, %7 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %327 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %328 = tosa.reshape %326, %35 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %329 = tosa.reshape %327, %9 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %330 = tosa.matmul %328, %329, %25, %25 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %331 = tosa.reshape %330, %24 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %332 = tosa.reshape %arg34, %27 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %333 = tosa.add %331, %332 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %334 = tosa.reshape %333, %11 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %335 = tosa.add %334, %313 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %336 = tosa.cast %335 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %337 = tosa.reduce_sum %336 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %338 = tosa.mul %337, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %339 = tosa.sub %336, %338 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %340 = tosa.mul %339, %339, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %341 = tosa.reduce_sum %340 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %342 = tosa.mul %341, %38, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %343 = tosa.cast %342 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %344 = tosa.reduce_sum %335 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %345 = tosa.mul %344, %39, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %346 = tosa.add %343, %40 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %347 = tosa.rsqrt %346 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %348 = tosa.sub %335, %345 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %349 = tosa.mul %348, %347, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %350 = tosa.reshape %arg35, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %351 = tosa.mul %349, %350, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %352 = tosa.reshape %arg36, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %353 = tosa.add %351, %352 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %353 : tensor<2x16x64xf32>
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
