// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "roberta", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<2x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<2x16x64xf32>, %arg24: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %2 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<[[[0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0]], [[1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1], [1]]]> : tensor<2x16x1xi32>}> : () -> tensor<2x16x1xi32>
    %5 = tosa.const_shape  {values = dense<[1, 128, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %6 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %9 = tosa.const_shape  {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %14 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %18 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %19 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %23 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %25 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %30 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = "tosa.const"() <{values = dense<[[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<1x16xi64>}> : () -> tensor<1x16xi64>
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
    %46 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %49 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %52 = tosa.tile %34, %2 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %53 = tosa.tile %1, %2 : (tensor<1x64xi64>, !tosa.shape<2>) -> tensor<2x64xi64>
    %54 = tosa.cast %52 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %55 = tosa.reshape %54, %3 : (tensor<2x16xi32>, !tosa.shape<3>) -> tensor<2x16x1xi32>
    %56 = tosa.concat %4, %55 {axis = 2 : i32} : (tensor<2x16x1xi32>, tensor<2x16x1xi32>) -> tensor<2x16x2xi32>
    %57 = tosa.reshape %53, %5 : (tensor<2x64xi64>, !tosa.shape<3>) -> tensor<1x128x1xi64>
    %58 = tosa.reshape %56, %6 : (tensor<2x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %59 = tosa.mul %58, %35, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %60 = tosa.reduce_sum %59 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %61 = tosa.reshape %60, %8 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %62 = tosa.gather %57, %61 : (tensor<1x128x1xi64>, tensor<1x32xi32>) -> tensor<1x32x1xi64>
    %63 = tosa.reshape %arg1, %9 : (tensor<2x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
    %64 = tosa.reshape %62, %8 : (tensor<1x32x1xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %65 = tosa.cast %64 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %66 = tosa.gather %63, %65 : (tensor<1x2x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %67 = tosa.reshape %66, %10 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %68 = tosa.add %arg23, %67 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %69 = tosa.reshape %arg4, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %70 = tosa.reshape %52, %8 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %71 = tosa.cast %70 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %72 = tosa.gather %69, %71 : (tensor<1x64x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %73 = tosa.reshape %72, %10 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %74 = tosa.add %68, %73 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %75 = tosa.cast %74 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %76 = tosa.reduce_sum %75 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %77 = tosa.mul %76, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %78 = tosa.sub %75, %77 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %79 = tosa.mul %78, %78, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %80 = tosa.reduce_sum %79 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %81 = tosa.mul %80, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %82 = tosa.cast %81 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %83 = tosa.reduce_sum %74 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %84 = tosa.mul %83, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %85 = tosa.add %82, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %86 = tosa.rsqrt %85 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %87 = tosa.sub %74, %84 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %88 = tosa.mul %87, %86, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %89 = tosa.reshape %arg2, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %90 = tosa.mul %88, %89, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %91 = tosa.reshape %arg3, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %92 = tosa.add %90, %91 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %93 = tosa.cast %arg24 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %94 = tosa.cast %13 : (tensor<16xi64>) -> tensor<16xi32>
    %95 = tosa.cast %94 : (tensor<16xi32>) -> tensor<16xi64>
    %96 = tosa.reshape %95, %15 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %97 = tosa.reshape %95, %16 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %98 = tosa.greater_equal %96, %39 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %99 = tosa.logical_and %98, %40 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %100 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %101 = tosa.add %100, %42 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %102 = tosa.greater %41, %100 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %103 = tosa.select %102, %101, %100 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %104 = tosa.reshape %103, %17 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %105 = tosa.cast %97 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %106 = tosa.add %105, %43 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %107 = tosa.greater %41, %105 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %108 = tosa.select %107, %106, %105 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %109 = tosa.reshape %108, %18 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %110 = tosa.tile %104, %18 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %111 = tosa.tile %109, %17 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %112 = tosa.concat %110, %111 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %113 = tosa.reshape %93, %19 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %114 = tosa.reshape %112, %6 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %115 = tosa.mul %114, %44, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %116 = tosa.reduce_sum %115 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %117 = tosa.reshape %116, %8 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %118 = tosa.cast %113 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %119 = tosa.gather %118, %117 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %120 = tosa.cast %119 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %121 = tosa.reshape %120, %20 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %122 = tosa.logical_and %99, %121 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %123 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %124 = tosa.reshape %92, %23 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %125 = tosa.reshape %123, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %126 = tosa.matmul %124, %125, %22, %22 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %127 = tosa.reshape %126, %21 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %128 = tosa.reshape %arg6, %24 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %129 = tosa.add %127, %128 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %130 = tosa.reshape %129, %25 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %131 = tosa.transpose %130 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %132 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %133 = tosa.reshape %132, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %134 = tosa.matmul %124, %133, %22, %22 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %135 = tosa.reshape %134, %21 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %136 = tosa.reshape %arg8, %24 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %137 = tosa.add %135, %136 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %138 = tosa.reshape %137, %25 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %139 = tosa.transpose %arg9 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %140 = tosa.reshape %139, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %141 = tosa.matmul %124, %140, %22, %22 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %142 = tosa.reshape %141, %21 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %143 = tosa.reshape %arg10, %24 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %144 = tosa.add %142, %143 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %145 = tosa.reshape %144, %25 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %146 = tosa.transpose %145 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %147 = tosa.select %122, %45, %46 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %148 = tosa.mul %131, %47, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %149 = tosa.transpose %138 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %150 = tosa.mul %149, %47, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %151 = tosa.reshape %148, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %152 = tosa.reshape %150, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %153 = tosa.matmul %151, %152, %22, %22 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %154 = tosa.reshape %153, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %155 = tosa.add %154, %147 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %156 = tosa.reduce_max %155 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %157 = tosa.sub %155, %156 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.exp %157 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %159 = tosa.reduce_sum %158 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %160 = tosa.reciprocal %159 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %161 = tosa.mul %158, %160, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %162 = tosa.cast %155 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %163 = tosa.equal %162, %48 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %164 = tosa.reduce_all %163 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %165 = tosa.select %164, %0, %161 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %166 = tosa.reshape %165, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %167 = tosa.reshape %146, %26 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %168 = tosa.matmul %166, %167, %22, %22 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %169 = tosa.reshape %168, %27 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %170 = tosa.transpose %169 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %171 = tosa.reshape %170, %10 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %172 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %173 = tosa.reshape %172, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %174 = tosa.tile %173, %14 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %175 = tosa.matmul %171, %174, %22, %22 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %176 = tosa.reshape %arg12, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %177 = tosa.add %175, %176 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %178 = tosa.add %177, %92 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %179 = tosa.cast %178 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %180 = tosa.reduce_sum %179 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %181 = tosa.mul %180, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %182 = tosa.sub %179, %181 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %183 = tosa.mul %182, %182, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %184 = tosa.reduce_sum %183 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %185 = tosa.mul %184, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %186 = tosa.cast %185 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %187 = tosa.reduce_sum %178 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %188 = tosa.mul %187, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %189 = tosa.add %186, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %190 = tosa.rsqrt %189 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %191 = tosa.sub %178, %188 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %192 = tosa.mul %191, %190, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %193 = tosa.reshape %arg13, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %194 = tosa.mul %192, %193, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %195 = tosa.reshape %arg14, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %196 = tosa.add %194, %195 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %197 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %198 = tosa.reshape %196, %23 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %199 = tosa.reshape %197, %28 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %200 = tosa.matmul %198, %199, %22, %22 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %201 = tosa.reshape %200, %29 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %202 = tosa.reshape %arg16, %30 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %203 = tosa.add %201, %202 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %204 = tosa.reshape %203, %31 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %205 = tosa.mul %204, %51, %7 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %206 = tosa.erf %205 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %207 = tosa.add %206, %49 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %208 = tosa.mul %50, %207, %7 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %209 = tosa.mul %204, %208, %7 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %210 = tosa.transpose %arg17 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %211 = tosa.reshape %209, %32 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %212 = tosa.reshape %210, %33 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %213 = tosa.matmul %211, %212, %22, %22 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %214 = tosa.reshape %213, %21 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %215 = tosa.reshape %arg18, %24 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %216 = tosa.add %214, %215 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %217 = tosa.reshape %216, %10 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %218 = tosa.add %217, %196 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %219 = tosa.cast %218 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %220 = tosa.reduce_sum %219 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %221 = tosa.mul %220, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %222 = tosa.sub %219, %221 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %223 = tosa.mul %222, %222, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %224 = tosa.reduce_sum %223 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %225 = tosa.mul %224, %36, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %226 = tosa.cast %225 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %227 = tosa.reduce_sum %218 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %228 = tosa.mul %227, %37, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %229 = tosa.add %226, %38 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %230 = tosa.rsqrt %229 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %231 = tosa.sub %218, %228 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %232 = tosa.mul %231, %230, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %233 = tosa.reshape %arg19, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %234 = tosa.mul %232, %233, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %235 = tosa.reshape %arg20, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %236 = tosa.add %234, %235 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %236 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
