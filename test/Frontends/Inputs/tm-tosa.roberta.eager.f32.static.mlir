// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "roberta", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<2x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<2x16x64xf32>, %arg24: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %1 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<[2, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = "tosa.const"() <{values = dense<[[[0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0]], [[1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1]]]> : tensor<2x16x1xi32>}> : () -> tensor<2x16x1xi32>
    %4 = tosa.const_shape  {values = dense<[1, 128, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %8 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %13 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %16 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %17 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %21 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %28 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = "tosa.const"() <{values = dense<[[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<1x16xi64>}> : () -> tensor<1x16xi64>
    %33 = "tosa.const"() <{values = dense<[[64, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %34 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %35 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %36 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %37 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %38 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %39 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %40 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %41 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %42 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %43 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %44 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %49 = tosa.tile %32, %1 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %50 = tosa.tile %0, %1 : (tensor<1x64xi64>, !tosa.shape<2>) -> tensor<2x64xi64>
    %51 = tosa.cast %49 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %52 = tosa.reshape %51, %2 : (tensor<2x16xi32>, !tosa.shape<3>) -> tensor<2x16x1xi32>
    %53 = tosa.concat %3, %52 {axis = 2 : i32} : (tensor<2x16x1xi32>, tensor<2x16x1xi32>) -> tensor<2x16x2xi32>
    %54 = tosa.reshape %50, %4 : (tensor<2x64xi64>, !tosa.shape<3>) -> tensor<1x128x1xi64>
    %55 = tosa.reshape %53, %5 : (tensor<2x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %56 = tosa.mul %55, %33, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %57 = tosa.reduce_sum %56 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %58 = tosa.reshape %57, %7 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %59 = tosa.gather %54, %58 : (tensor<1x128x1xi64>, tensor<1x32xi32>) -> tensor<1x32x1xi64>
    %60 = tosa.reshape %arg1, %8 : (tensor<2x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %61 = tosa.reshape %59, %7 : (tensor<1x32x1xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %62 = tosa.cast %61 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %63 = tosa.gather %60, %62 : (tensor<1x2x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %64 = tosa.reshape %63, %9 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %65 = tosa.add %arg23, %64 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %66 = tosa.reshape %arg4, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %67 = tosa.reshape %49, %7 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %68 = tosa.cast %67 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %69 = tosa.gather %66, %68 : (tensor<1x64x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %70 = tosa.reshape %69, %9 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %71 = tosa.add %65, %70 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %72 = tosa.cast %71 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %73 = tosa.reduce_sum %72 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %74 = tosa.mul %73, %34, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %75 = tosa.sub %72, %74 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %76 = tosa.mul %75, %75, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %77 = tosa.reduce_sum %76 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %78 = tosa.mul %77, %34, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %79 = tosa.cast %78 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %80 = tosa.reduce_sum %71 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %81 = tosa.mul %80, %35, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %82 = tosa.add %79, %36 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %83 = tosa.rsqrt %82 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %84 = tosa.sub %71, %81 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %85 = tosa.mul %84, %83, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %86 = tosa.reshape %arg2, %11 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %87 = tosa.mul %85, %86, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %88 = tosa.reshape %arg3, %11 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %89 = tosa.add %87, %88 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %90 = tosa.cast %arg24 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %91 = tosa.cast %12 : (tensor<16xi64>) -> tensor<16xi32>
    %92 = tosa.cast %91 : (tensor<16xi32>) -> tensor<16xi64>
    %93 = tosa.reshape %92, %13 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %94 = tosa.reshape %92, %14 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %95 = tosa.greater_equal %93, %37 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %96 = tosa.logical_and %95, %38 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %97 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %98 = tosa.add %97, %40 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %99 = tosa.greater %39, %97 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %100 = tosa.select %99, %98, %97 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %101 = tosa.reshape %100, %15 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %102 = tosa.cast %94 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %103 = tosa.add %102, %41 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %104 = tosa.greater %39, %102 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %105 = tosa.select %104, %103, %102 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %106 = tosa.reshape %105, %16 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %107 = tosa.tile %101, %16 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %108 = tosa.tile %106, %15 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %109 = tosa.concat %107, %108 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %110 = tosa.reshape %90, %17 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %111 = tosa.reshape %109, %5 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %112 = tosa.mul %111, %42, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %113 = tosa.reduce_sum %112 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %114 = tosa.reshape %113, %7 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %115 = tosa.cast %110 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %116 = tosa.gather %115, %114 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %117 = tosa.cast %116 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %118 = tosa.reshape %117, %18 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %119 = tosa.logical_and %96, %118 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %120 = tosa.select %119, %43, %44 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %121 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %122 = tosa.reshape %89, %21 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %123 = tosa.reshape %121, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %124 = tosa.matmul %122, %123, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %125 = tosa.reshape %124, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %126 = tosa.reshape %arg6, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %127 = tosa.add %125, %126 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %128 = tosa.reshape %127, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %129 = tosa.transpose %128 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %130 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %131 = tosa.reshape %130, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %132 = tosa.matmul %122, %131, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %133 = tosa.reshape %132, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %134 = tosa.reshape %arg8, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %135 = tosa.add %133, %134 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %136 = tosa.reshape %135, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %137 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %138 = tosa.reshape %137, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %139 = tosa.matmul %122, %138, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %140 = tosa.reshape %139, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %141 = tosa.reshape %arg10, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %142 = tosa.add %140, %141 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %143 = tosa.reshape %142, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %144 = tosa.transpose %143 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %145 = tosa.transpose %136 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %146 = tosa.reshape %129, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %147 = tosa.reshape %145, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %148 = tosa.matmul %146, %147, %20, %20 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %149 = tosa.reshape %148, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %150 = tosa.mul %149, %45, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %151 = tosa.add %150, %120 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %152 = tosa.reduce_max %151 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %153 = tosa.sub %151, %152 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %154 = tosa.exp %153 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %155 = tosa.reduce_sum %154 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %156 = tosa.reciprocal %155 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %157 = tosa.mul %154, %156, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %158 = tosa.reshape %157, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %159 = tosa.reshape %144, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %160 = tosa.matmul %158, %159, %20, %20 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %161 = tosa.reshape %160, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %162 = tosa.transpose %161 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %163 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %164 = tosa.reshape %162, %21 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %165 = tosa.reshape %163, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %166 = tosa.matmul %164, %165, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %167 = tosa.reshape %166, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %168 = tosa.reshape %arg12, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %169 = tosa.add %167, %168 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %170 = tosa.reshape %169, %9 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %171 = tosa.add %170, %89 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %172 = tosa.cast %171 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %173 = tosa.reduce_sum %172 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %174 = tosa.mul %173, %34, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %175 = tosa.sub %172, %174 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %176 = tosa.mul %175, %175, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %177 = tosa.reduce_sum %176 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %178 = tosa.mul %177, %34, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %179 = tosa.cast %178 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %180 = tosa.reduce_sum %171 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %181 = tosa.mul %180, %35, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %182 = tosa.add %179, %36 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %183 = tosa.rsqrt %182 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %184 = tosa.sub %171, %181 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %185 = tosa.mul %184, %183, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %186 = tosa.reshape %arg13, %11 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %187 = tosa.mul %185, %186, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %188 = tosa.reshape %arg14, %11 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %189 = tosa.add %187, %188 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %190 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %191 = tosa.reshape %189, %21 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %192 = tosa.reshape %190, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %193 = tosa.matmul %191, %192, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %194 = tosa.reshape %193, %27 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %195 = tosa.reshape %arg16, %28 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %196 = tosa.add %194, %195 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %197 = tosa.reshape %196, %29 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %198 = tosa.mul %197, %48, %6 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %199 = tosa.erf %198 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %200 = tosa.add %199, %46 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %201 = tosa.mul %47, %200, %6 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %202 = tosa.mul %197, %201, %6 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %203 = tosa.transpose %arg17 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %204 = tosa.reshape %202, %30 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %205 = tosa.reshape %203, %31 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %206 = tosa.matmul %204, %205, %20, %20 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %207 = tosa.reshape %206, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %208 = tosa.reshape %arg18, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %209 = tosa.add %207, %208 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %210 = tosa.reshape %209, %9 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %211 = tosa.add %210, %189 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %212 = tosa.cast %211 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %213 = tosa.reduce_sum %212 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %214 = tosa.mul %213, %34, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %215 = tosa.sub %212, %214 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %216 = tosa.mul %215, %215, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %217 = tosa.reduce_sum %216 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %218 = tosa.mul %217, %34, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %219 = tosa.cast %218 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %220 = tosa.reduce_sum %211 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %221 = tosa.mul %220, %35, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %222 = tosa.add %219, %36 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %223 = tosa.rsqrt %222 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %224 = tosa.sub %211, %221 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %225 = tosa.mul %224, %223, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %226 = tosa.reshape %arg19, %11 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %227 = tosa.mul %225, %226, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %228 = tosa.reshape %arg20, %11 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %229 = tosa.add %227, %228 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %229 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
