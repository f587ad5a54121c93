// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
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
    %28 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %32 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64x1xi64>}> : () -> tensor<1x64x1xi64>
    %35 = "tosa.const"() <{values = dense<[[64, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %36 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %37 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %40 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %41 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %42 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %43 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %44 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %45 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %51 = tosa.slice %0, %2, %1 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %52 = tosa.cast %51 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %53 = tosa.reshape %52, %3 : (tensor<1x16xi32>, !tosa.shape<3>) -> tensor<1x16x1xi32>
    %54 = tosa.concat %4, %53 {axis = 2 : i32} : (tensor<1x16x1xi32>, tensor<1x16x1xi32>) -> tensor<1x16x2xi32>
    %55 = tosa.reshape %54, %5 : (tensor<1x16x2xi32>, !tosa.shape<2>) -> tensor<16x2xi32>
    %56 = tosa.mul %55, %35, %6 : (tensor<16x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<16x2xi32>
    %57 = tosa.reduce_sum %56 {axis = 1 : i32} : (tensor<16x2xi32>) -> tensor<16x1xi32>
    %58 = tosa.reshape %57, %1 : (tensor<16x1xi32>, !tosa.shape<2>) -> tensor<1x16xi32>
    %59 = tosa.gather %34, %58 : (tensor<1x64x1xi64>, tensor<1x16xi32>) -> tensor<1x16x1xi64>
    %60 = tosa.reshape %59, %1 : (tensor<1x16x1xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %61 = tosa.tile %60, %7 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %62 = tosa.reshape %arg0, %8 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %63 = tosa.reshape %arg39, %9 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %64 = tosa.cast %63 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %65 = tosa.gather %62, %64 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %66 = tosa.reshape %65, %10 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %67 = tosa.reshape %arg2, %11 : (tensor<2x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %68 = tosa.reshape %61, %9 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %69 = tosa.cast %68 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %70 = tosa.gather %67, %69 : (tensor<1x2x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %71 = tosa.reshape %70, %10 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %72 = tosa.add %66, %71 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %73 = tosa.reshape %arg1, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %74 = tosa.gather %73, %52 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %75 = tosa.add %72, %74 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = tosa.cast %75 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %77 = tosa.reduce_sum %76 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %78 = tosa.mul %77, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %79 = tosa.sub %76, %78 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %80 = tosa.mul %79, %79, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %81 = tosa.reduce_sum %80 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %82 = tosa.mul %81, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %83 = tosa.cast %82 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %84 = tosa.reduce_sum %75 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %85 = tosa.mul %84, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %86 = tosa.add %83, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %87 = tosa.rsqrt %86 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %88 = tosa.sub %75, %85 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %89 = tosa.mul %88, %87, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %90 = tosa.reshape %arg3, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %91 = tosa.mul %89, %90, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %92 = tosa.reshape %arg4, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %93 = tosa.add %91, %92 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %94 = tosa.cast %arg40 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %95 = tosa.cast %14 : (tensor<16xi64>) -> tensor<16xi32>
    %96 = tosa.cast %95 : (tensor<16xi32>) -> tensor<16xi64>
    %97 = tosa.reshape %96, %15 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %98 = tosa.reshape %96, %16 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %99 = tosa.greater_equal %97, %39 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %100 = tosa.logical_and %99, %40 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %101 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %102 = tosa.add %101, %42 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %103 = tosa.greater %41, %101 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %104 = tosa.select %103, %102, %101 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %105 = tosa.reshape %104, %17 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %106 = tosa.cast %98 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %107 = tosa.add %106, %43 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %108 = tosa.greater %41, %106 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %109 = tosa.select %108, %107, %106 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %110 = tosa.reshape %109, %18 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %111 = tosa.tile %105, %18 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %112 = tosa.tile %110, %17 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %113 = tosa.concat %111, %112 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %114 = tosa.reshape %94, %19 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %115 = tosa.reshape %113, %20 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %116 = tosa.mul %115, %44, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %117 = tosa.reduce_sum %116 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %118 = tosa.reshape %117, %9 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %119 = tosa.cast %114 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %120 = tosa.gather %119, %118 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %121 = tosa.cast %120 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %122 = tosa.reshape %121, %21 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %123 = tosa.logical_and %100, %122 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %124 = tosa.select %123, %45, %46 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %125 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %126 = tosa.reshape %93, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %127 = tosa.reshape %125, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %128 = tosa.matmul %126, %127, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %129 = tosa.reshape %128, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %130 = tosa.reshape %arg6, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %131 = tosa.add %129, %130 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %132 = tosa.reshape %131, %26 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %133 = tosa.transpose %132 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %134 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %135 = tosa.reshape %134, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %136 = tosa.matmul %126, %135, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %137 = tosa.reshape %136, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %138 = tosa.reshape %arg8, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %139 = tosa.add %137, %138 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %140 = tosa.reshape %139, %26 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %141 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %142 = tosa.reshape %141, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %143 = tosa.matmul %126, %142, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %144 = tosa.reshape %143, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %145 = tosa.reshape %arg10, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %146 = tosa.add %144, %145 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %147 = tosa.reshape %146, %26 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %148 = tosa.transpose %147 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %149 = tosa.transpose %140 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %150 = tosa.reshape %133, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %151 = tosa.reshape %149, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %152 = tosa.matmul %150, %151, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %153 = tosa.reshape %152, %28 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %154 = tosa.mul %153, %47, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %155 = tosa.add %154, %124 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %156 = tosa.reduce_max %155 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %157 = tosa.sub %155, %156 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.exp %157 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %159 = tosa.reduce_sum %158 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %160 = tosa.reciprocal %159 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %161 = tosa.mul %158, %160, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %162 = tosa.reshape %161, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %163 = tosa.reshape %148, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %164 = tosa.matmul %162, %163, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %165 = tosa.reshape %164, %28 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %166 = tosa.transpose %165 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %167 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %168 = tosa.reshape %166, %24 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %169 = tosa.reshape %167, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %170 = tosa.matmul %168, %169, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %171 = tosa.reshape %170, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %172 = tosa.reshape %arg12, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %173 = tosa.add %171, %172 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %174 = tosa.reshape %173, %10 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %175 = tosa.add %174, %93 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %176 = tosa.cast %175 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %177 = tosa.reduce_sum %176 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %178 = tosa.mul %177, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %179 = tosa.sub %176, %178 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %180 = tosa.mul %179, %179, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %181 = tosa.reduce_sum %180 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %182 = tosa.mul %181, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %183 = tosa.cast %182 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %184 = tosa.reduce_sum %175 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %185 = tosa.mul %184, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %186 = tosa.add %183, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %187 = tosa.rsqrt %186 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %188 = tosa.sub %175, %185 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %189 = tosa.mul %188, %187, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %190 = tosa.reshape %arg13, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %191 = tosa.mul %189, %190, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %192 = tosa.reshape %arg14, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %193 = tosa.add %191, %192 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %194 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %195 = tosa.reshape %193, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %196 = tosa.reshape %194, %29 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %197 = tosa.matmul %195, %196, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %198 = tosa.reshape %197, %30 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %199 = tosa.reshape %arg16, %31 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %200 = tosa.add %198, %199 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %201 = tosa.reshape %200, %32 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %202 = tosa.mul %201, %50, %6 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %203 = tosa.erf %202 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %204 = tosa.add %203, %48 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %205 = tosa.mul %49, %204, %6 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %206 = tosa.mul %201, %205, %6 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %207 = tosa.transpose %arg17 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %208 = tosa.reshape %206, %33 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %209 = tosa.reshape %207, %8 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %210 = tosa.matmul %208, %209, %23, %23 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %211 = tosa.reshape %210, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %212 = tosa.reshape %arg18, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %213 = tosa.add %211, %212 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %214 = tosa.reshape %213, %10 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %215 = tosa.add %214, %193 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %216 = tosa.cast %215 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %217 = tosa.reduce_sum %216 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %218 = tosa.mul %217, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %219 = tosa.sub %216, %218 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %220 = tosa.mul %219, %219, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %221 = tosa.reduce_sum %220 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %222 = tosa.mul %221, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %223 = tosa.cast %222 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %224 = tosa.reduce_sum %215 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %225 = tosa.mul %224, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %226 = tosa.add %223, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %227 = tosa.rsqrt %226 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %228 = tosa.sub %215, %225 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %229 = tosa.mul %228, %227, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %230 = tosa.reshape %arg19, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %231 = tosa.mul %229, %230, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %232 = tosa.reshape %arg20, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %233 = tosa.add %231, %232 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %234 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %235 = tosa.reshape %233, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %236 = tosa.reshape %234, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %237 = tosa.matmul %235, %236, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %238 = tosa.reshape %237, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %239 = tosa.reshape %arg22, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %240 = tosa.add %238, %239 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %241 = tosa.reshape %240, %26 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %242 = tosa.transpose %241 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %243 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %244 = tosa.reshape %243, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %245 = tosa.matmul %235, %244, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %246 = tosa.reshape %245, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %247 = tosa.reshape %arg24, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %248 = tosa.add %246, %247 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %249 = tosa.reshape %248, %26 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %250 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %251 = tosa.reshape %250, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %252 = tosa.matmul %235, %251, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %253 = tosa.reshape %252, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %254 = tosa.reshape %arg26, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %255 = tosa.add %253, %254 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %256 = tosa.reshape %255, %26 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %257 = tosa.transpose %256 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %258 = tosa.transpose %249 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %259 = tosa.reshape %242, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %260 = tosa.reshape %258, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %261 = tosa.matmul %259, %260, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %262 = tosa.reshape %261, %28 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %263 = tosa.mul %262, %47, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %264 = tosa.add %263, %124 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %265 = tosa.reduce_max %264 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %266 = tosa.sub %264, %265 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %267 = tosa.exp %266 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %268 = tosa.reduce_sum %267 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %269 = tosa.reciprocal %268 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %270 = tosa.mul %267, %269, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %271 = tosa.reshape %270, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %272 = tosa.reshape %257, %27 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %273 = tosa.matmul %271, %272, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %274 = tosa.reshape %273, %28 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %275 = tosa.transpose %274 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %276 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %277 = tosa.reshape %275, %24 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %278 = tosa.reshape %276, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %279 = tosa.matmul %277, %278, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %280 = tosa.reshape %279, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %281 = tosa.reshape %arg28, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %282 = tosa.add %280, %281 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %283 = tosa.reshape %282, %10 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %284 = tosa.add %283, %233 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %285 = tosa.cast %284 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %286 = tosa.reduce_sum %285 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %287 = tosa.mul %286, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %288 = tosa.sub %285, %287 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %289 = tosa.mul %288, %288, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %290 = tosa.reduce_sum %289 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %291 = tosa.mul %290, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %292 = tosa.cast %291 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %293 = tosa.reduce_sum %284 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %294 = tosa.mul %293, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %295 = tosa.add %292, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %296 = tosa.rsqrt %295 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %297 = tosa.sub %284, %294 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %298 = tosa.mul %297, %296, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %299 = tosa.reshape %arg29, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %300 = tosa.mul %298, %299, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %301 = tosa.reshape %arg30, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %302 = tosa.add %300, %301 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %303 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %304 = tosa.reshape %302, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %305 = tosa.reshape %303, %29 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %306 = tosa.matmul %304, %305, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %307 = tosa.reshape %306, %30 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %308 = tosa.reshape %arg32, %31 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %309 = tosa.add %307, %308 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %310 = tosa.reshape %309, %32 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %311 = tosa.mul %310, %50, %6 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %312 = tosa.erf %311 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %313 = tosa.add %312, %48 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %314 = tosa.mul %49, %313, %6 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %315 = tosa.mul %310, %314, %6 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %316 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %317 = tosa.reshape %315, %33 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %318 = tosa.reshape %316, %8 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %319 = tosa.matmul %317, %318, %23, %23 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %320 = tosa.reshape %319, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %321 = tosa.reshape %arg34, %25 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %322 = tosa.add %320, %321 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %323 = tosa.reshape %322, %10 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %324 = tosa.add %323, %302 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %325 = tosa.cast %324 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %326 = tosa.reduce_sum %325 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %327 = tosa.mul %326, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %328 = tosa.sub %325, %327 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %329 = tosa.mul %328, %328, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %330 = tosa.reduce_sum %329 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %331 = tosa.mul %330, %36, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %332 = tosa.cast %331 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %333 = tosa.reduce_sum %324 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %334 = tosa.mul %333, %37, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %335 = tosa.add %332, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %336 = tosa.rsqrt %335 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %337 = tosa.sub %324, %334 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %338 = tosa.mul %337, %336, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %339 = tosa.reshape %arg35, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %340 = tosa.mul %338, %339, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %341 = tosa.reshape %arg36, %13 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %342 = tosa.add %340, %341 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %342 : tensor<2x16x64xf32>
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
