// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "distilbert", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %5 = tosa.const_shape  {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %10 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %11 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %12 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %13 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %14 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %16 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %26 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %27 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %30 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %31 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %32 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %33 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %34 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %35 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %36 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %38 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %44 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %45 = tosa.reshape %arg20, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %46 = tosa.cast %45 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %47 = tosa.gather %44, %46 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %48 = tosa.reshape %47, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %49 = tosa.slice %0, %5, %4 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %50 = tosa.reshape %arg1, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %51 = tosa.cast %49 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %52 = tosa.gather %50, %51 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %53 = tosa.add %48, %52 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = tosa.cast %53 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %55 = tosa.reduce_sum %54 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %56 = tosa.mul %55, %29, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %57 = tosa.sub %54, %56 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %58 = tosa.mul %57, %57, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %59 = tosa.reduce_sum %58 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %60 = tosa.mul %59, %29, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %61 = tosa.cast %60 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %62 = tosa.reduce_sum %53 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %63 = tosa.mul %62, %30, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %64 = tosa.add %61, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %65 = tosa.rsqrt %64 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %66 = tosa.sub %53, %63 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %67 = tosa.mul %66, %65, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %68 = tosa.reshape %arg2, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %69 = tosa.mul %67, %68, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %70 = tosa.reshape %arg3, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %71 = tosa.add %69, %70 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %72 = tosa.cast %arg21 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %73 = tosa.cast %9 : (tensor<16xi64>) -> tensor<16xi32>
    %74 = tosa.cast %73 : (tensor<16xi32>) -> tensor<16xi64>
    %75 = tosa.reshape %74, %10 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %76 = tosa.reshape %74, %11 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %77 = tosa.greater_equal %75, %32 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %78 = tosa.logical_and %77, %33 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %79 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %80 = tosa.add %79, %35 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %81 = tosa.greater %34, %79 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %82 = tosa.select %81, %80, %79 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %83 = tosa.reshape %82, %12 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %84 = tosa.cast %76 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %85 = tosa.add %84, %36 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %86 = tosa.greater %34, %84 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %87 = tosa.select %86, %85, %84 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %88 = tosa.reshape %87, %13 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %89 = tosa.tile %83, %13 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %90 = tosa.tile %88, %12 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %91 = tosa.concat %89, %90 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %92 = tosa.reshape %72, %14 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %93 = tosa.reshape %91, %15 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %94 = tosa.mul %93, %37, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %95 = tosa.reduce_sum %94 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %96 = tosa.reshape %95, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %97 = tosa.cast %92 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %98 = tosa.gather %97, %96 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %99 = tosa.cast %98 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %100 = tosa.reshape %99, %16 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %101 = tosa.logical_and %78, %100 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %102 = tosa.select %101, %38, %39 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %103 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %104 = tosa.reshape %71, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %105 = tosa.reshape %103, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %106 = tosa.matmul %104, %105, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %107 = tosa.reshape %106, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %108 = tosa.reshape %arg5, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %109 = tosa.add %107, %108 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %110 = tosa.reshape %109, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %111 = tosa.transpose %110 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %112 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %113 = tosa.reshape %112, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %114 = tosa.matmul %104, %113, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %115 = tosa.reshape %114, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %116 = tosa.reshape %arg7, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %117 = tosa.add %115, %116 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %118 = tosa.reshape %117, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %119 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %120 = tosa.reshape %119, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %121 = tosa.matmul %104, %120, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %122 = tosa.reshape %121, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %123 = tosa.reshape %arg9, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %124 = tosa.add %122, %123 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %125 = tosa.reshape %124, %21 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %126 = tosa.transpose %125 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %127 = tosa.transpose %118 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %128 = tosa.reshape %111, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %129 = tosa.reshape %127, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %130 = tosa.matmul %128, %129, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %131 = tosa.reshape %130, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %132 = tosa.mul %131, %40, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %133 = tosa.add %132, %102 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %134 = tosa.reduce_max %133 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %135 = tosa.sub %133, %134 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %136 = tosa.exp %135 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %137 = tosa.reduce_sum %136 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %138 = tosa.reciprocal %137 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %139 = tosa.mul %136, %138, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %140 = tosa.reshape %139, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %141 = tosa.reshape %126, %22 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %142 = tosa.matmul %140, %141, %18, %18 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %143 = tosa.reshape %142, %23 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %144 = tosa.transpose %143 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %145 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %146 = tosa.reshape %144, %19 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %147 = tosa.reshape %145, %6 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %148 = tosa.matmul %146, %147, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %149 = tosa.reshape %148, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %150 = tosa.reshape %arg11, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %151 = tosa.add %149, %150 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %152 = tosa.reshape %151, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %153 = tosa.add %152, %71 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %154 = tosa.cast %153 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %155 = tosa.reduce_sum %154 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %156 = tosa.mul %155, %29, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %157 = tosa.sub %154, %156 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %158 = tosa.mul %157, %157, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %159 = tosa.reduce_sum %158 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %160 = tosa.mul %159, %29, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %161 = tosa.cast %160 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %162 = tosa.reduce_sum %153 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %163 = tosa.mul %162, %30, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %164 = tosa.add %161, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %165 = tosa.rsqrt %164 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %166 = tosa.sub %153, %163 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %167 = tosa.mul %166, %165, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %168 = tosa.reshape %arg12, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %169 = tosa.mul %167, %168, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %170 = tosa.reshape %arg13, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %171 = tosa.add %169, %170 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %172 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %173 = tosa.reshape %171, %19 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %174 = tosa.reshape %172, %24 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %175 = tosa.matmul %173, %174, %18, %18 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %176 = tosa.reshape %175, %25 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %177 = tosa.reshape %arg15, %26 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %178 = tosa.add %176, %177 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %179 = tosa.reshape %178, %27 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %180 = tosa.mul %179, %43, %7 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %181 = tosa.erf %180 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %182 = tosa.add %181, %41 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %183 = tosa.mul %42, %182, %7 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %184 = tosa.mul %179, %183, %7 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %185 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %186 = tosa.reshape %184, %28 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %187 = tosa.reshape %185, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %188 = tosa.matmul %186, %187, %18, %18 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %189 = tosa.reshape %188, %17 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %190 = tosa.reshape %arg17, %20 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %191 = tosa.add %189, %190 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %192 = tosa.reshape %191, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %193 = tosa.add %192, %171 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %194 = tosa.cast %193 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %195 = tosa.reduce_sum %194 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %196 = tosa.mul %195, %29, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %197 = tosa.sub %194, %196 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %198 = tosa.mul %197, %197, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %199 = tosa.reduce_sum %198 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %200 = tosa.mul %199, %29, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %201 = tosa.cast %200 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %202 = tosa.reduce_sum %193 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %203 = tosa.mul %202, %30, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %204 = tosa.add %201, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %205 = tosa.rsqrt %204 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %206 = tosa.sub %193, %203 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %207 = tosa.mul %206, %205, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %208 = tosa.reshape %arg18, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %209 = tosa.mul %207, %208, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %210 = tosa.reshape %arg19, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %211 = tosa.add %209, %210 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %211 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
