// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "distilbert", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>}> : () -> tensor<1x64xi64>
    %2 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %9 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %11 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %15 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %16 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
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
    %31 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %32 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %33 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %34 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %35 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %36 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %37 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %38 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %39 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %40 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %41 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %42 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %43 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %44 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %47 = tosa.reshape %arg0, %2 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %48 = tosa.reshape %arg20, %3 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %49 = tosa.cast %48 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %50 = tosa.gather %47, %49 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %51 = tosa.reshape %50, %4 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %52 = tosa.slice %1, %6, %5 : (tensor<1x64xi64>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x16xi64>
    %53 = tosa.reshape %arg1, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %54 = tosa.cast %52 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %55 = tosa.gather %53, %54 : (tensor<1x64x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %56 = tosa.add %51, %55 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %57 = tosa.cast %56 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %58 = tosa.reduce_sum %57 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %59 = tosa.mul %58, %31, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %60 = tosa.sub %57, %59 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %61 = tosa.mul %60, %60, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %62 = tosa.reduce_sum %61 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %63 = tosa.mul %62, %31, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %64 = tosa.cast %63 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %65 = tosa.reduce_sum %56 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %66 = tosa.mul %65, %32, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %67 = tosa.add %64, %33 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %68 = tosa.rsqrt %67 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %69 = tosa.sub %56, %66 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %70 = tosa.mul %69, %68, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %71 = tosa.reshape %arg2, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %72 = tosa.mul %70, %71, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %73 = tosa.reshape %arg3, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %74 = tosa.add %72, %73 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %75 = tosa.cast %arg21 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %76 = tosa.cast %10 : (tensor<16xi64>) -> tensor<16xi32>
    %77 = tosa.cast %76 : (tensor<16xi32>) -> tensor<16xi64>
    %78 = tosa.reshape %77, %12 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %79 = tosa.reshape %77, %13 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %80 = tosa.greater_equal %78, %34 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %81 = tosa.logical_and %80, %35 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %82 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %83 = tosa.add %82, %37 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %84 = tosa.greater %36, %82 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %85 = tosa.select %84, %83, %82 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %86 = tosa.reshape %85, %14 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %87 = tosa.cast %79 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %88 = tosa.add %87, %38 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %89 = tosa.greater %36, %87 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %90 = tosa.select %89, %88, %87 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %91 = tosa.reshape %90, %15 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %92 = tosa.tile %86, %15 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %93 = tosa.tile %91, %14 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %94 = tosa.concat %92, %93 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %95 = tosa.reshape %75, %16 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %96 = tosa.reshape %94, %17 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %97 = tosa.mul %96, %39, %8 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %98 = tosa.reduce_sum %97 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %99 = tosa.reshape %98, %3 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %100 = tosa.cast %95 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %101 = tosa.gather %100, %99 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %102 = tosa.cast %101 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %103 = tosa.reshape %102, %18 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %104 = tosa.logical_and %81, %103 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %105 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %106 = tosa.reshape %74, %21 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %107 = tosa.reshape %105, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %108 = tosa.matmul %106, %107, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %109 = tosa.reshape %108, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %110 = tosa.reshape %arg5, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %111 = tosa.add %109, %110 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %112 = tosa.reshape %111, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %113 = tosa.transpose %112 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %114 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %115 = tosa.reshape %114, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %116 = tosa.matmul %106, %115, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %117 = tosa.reshape %116, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %118 = tosa.reshape %arg7, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %119 = tosa.add %117, %118 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %120 = tosa.reshape %119, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %121 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %122 = tosa.reshape %121, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %123 = tosa.matmul %106, %122, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %124 = tosa.reshape %123, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %125 = tosa.reshape %arg9, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %126 = tosa.add %124, %125 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %127 = tosa.reshape %126, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %128 = tosa.transpose %127 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %129 = tosa.select %104, %40, %41 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %130 = tosa.mul %113, %42, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %131 = tosa.transpose %120 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %132 = tosa.mul %131, %42, %8 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %133 = tosa.reshape %130, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %134 = tosa.reshape %132, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %135 = tosa.matmul %133, %134, %20, %20 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %136 = tosa.reshape %135, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %137 = tosa.add %136, %129 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %138 = tosa.reduce_max %137 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %139 = tosa.sub %137, %138 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %140 = tosa.exp %139 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %141 = tosa.reduce_sum %140 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %142 = tosa.reciprocal %141 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %143 = tosa.mul %140, %142, %8 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %144 = tosa.cast %137 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %145 = tosa.equal %144, %43 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %146 = tosa.reduce_all %145 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %147 = tosa.select %146, %0, %143 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %148 = tosa.reshape %147, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %149 = tosa.reshape %128, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %150 = tosa.matmul %148, %149, %20, %20 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %151 = tosa.reshape %150, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %152 = tosa.transpose %151 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %153 = tosa.reshape %152, %4 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %154 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %155 = tosa.reshape %154, %7 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %156 = tosa.tile %155, %11 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %157 = tosa.matmul %153, %156, %20, %20 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %158 = tosa.reshape %arg11, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %159 = tosa.add %157, %158 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %160 = tosa.add %159, %74 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %161 = tosa.cast %160 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %162 = tosa.reduce_sum %161 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %163 = tosa.mul %162, %31, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %164 = tosa.sub %161, %163 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %165 = tosa.mul %164, %164, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %166 = tosa.reduce_sum %165 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %167 = tosa.mul %166, %31, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %168 = tosa.cast %167 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %169 = tosa.reduce_sum %160 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %170 = tosa.mul %169, %32, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %171 = tosa.add %168, %33 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %172 = tosa.rsqrt %171 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %173 = tosa.sub %160, %170 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %174 = tosa.mul %173, %172, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %175 = tosa.reshape %arg12, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %176 = tosa.mul %174, %175, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %177 = tosa.reshape %arg13, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %178 = tosa.add %176, %177 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %179 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %180 = tosa.reshape %178, %21 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %181 = tosa.reshape %179, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %182 = tosa.matmul %180, %181, %20, %20 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %183 = tosa.reshape %182, %27 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %184 = tosa.reshape %arg15, %28 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %185 = tosa.add %183, %184 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %186 = tosa.reshape %185, %29 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %187 = tosa.mul %186, %46, %8 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %188 = tosa.erf %187 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %189 = tosa.add %188, %44 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %190 = tosa.mul %45, %189, %8 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %191 = tosa.mul %186, %190, %8 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %192 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %193 = tosa.reshape %191, %30 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %194 = tosa.reshape %192, %2 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %195 = tosa.matmul %193, %194, %20, %20 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %196 = tosa.reshape %195, %19 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %197 = tosa.reshape %arg17, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %198 = tosa.add %196, %197 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %199 = tosa.reshape %198, %4 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %200 = tosa.add %199, %178 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %201 = tosa.cast %200 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %202 = tosa.reduce_sum %201 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %203 = tosa.mul %202, %31, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %204 = tosa.sub %201, %203 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %205 = tosa.mul %204, %204, %8 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %206 = tosa.reduce_sum %205 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %207 = tosa.mul %206, %31, %8 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %208 = tosa.cast %207 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %209 = tosa.reduce_sum %200 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %210 = tosa.mul %209, %32, %8 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %211 = tosa.add %208, %33 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %212 = tosa.rsqrt %211 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %213 = tosa.sub %200, %210 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %214 = tosa.mul %213, %212, %8 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %215 = tosa.reshape %arg18, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %216 = tosa.mul %214, %215, %8 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %217 = tosa.reshape %arg19, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %218 = tosa.add %216, %217 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %218 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
