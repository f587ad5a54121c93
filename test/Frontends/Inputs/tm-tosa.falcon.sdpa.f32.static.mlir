// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "falcon", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<96x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<256x64xf32>, %arg4: tensor<64x256xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<2x16xi64>, %arg10: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<[[1536, 96, 16, 1]]> : tensor<1x4xi32>}> : () -> tensor<1x4xi32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %2 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %17 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[1, 64, 96]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[2, 16, 6, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[16, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[1, 16, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %24 = tosa.const_shape  {values = dense<[1, 16, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %25 = tosa.const_shape  {values = dense<[2, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %26 = tosa.const_shape  {values = dense<[2, 16, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %27 = tosa.const_shape  {values = dense<[2, 16, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %28 = tosa.const_shape  {values = dense<[1, 3072, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.const_shape  {values = dense<[512, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %30 = tosa.const_shape  {values = dense<[1, 512]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %32 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %34 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %35 = tosa.const_shape  {values = dense<[2, 1, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %36 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = tosa.const_shape  {values = dense<[1, 4, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %38 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %39 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %40 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %41 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %42 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %43 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %44 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %45 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %46 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %47 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %48 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float32> : tensor<1x1x8xf32>}> : () -> tensor<1x1x8xf32>
    %49 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %50 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst_0 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %52 = "tosa.const"() <{values = dense<0> : tensor<1x1x1xi32>}> : () -> tensor<1x1x1xi32>
    %53 = "tosa.const"() <{values = dense<16> : tensor<1x1x1xi32>}> : () -> tensor<1x1x1xi32>
    %54 = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %55 = "tosa.const"() <{values = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %56 = "tosa.const"() <{values = dense<4> : tensor<1x1x1x1x1xi32>}> : () -> tensor<1x1x1x1x1xi32>
    %57 = "tosa.const"() <{values = dense<5> : tensor<1x1x1x1x1xi32>}> : () -> tensor<1x1x1x1x1xi32>
    %58 = tosa.const_shape  {values = dense<[2, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %59 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %60 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %61 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %62 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %63 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %64 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %65 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %66 = tosa.reshape %arg0, %2 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %67 = tosa.reshape %arg9, %3 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %68 = tosa.cast %67 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %69 = tosa.gather %66, %68 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %70 = tosa.reshape %69, %4 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %71 = tosa.cast %5 : (tensor<16xi64>) -> tensor<16xi32>
    %72 = tosa.cast %71 : (tensor<16xi32>) -> tensor<16xi64>
    %73 = tosa.cast %arg10 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %74 = tosa.reshape %72, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %75 = tosa.reshape %72, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %76 = tosa.greater_equal %74, %75 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %77 = tosa.logical_and %76, %43 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %78 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %79 = tosa.add %78, %45 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %80 = tosa.greater %44, %78 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %81 = tosa.select %80, %79, %78 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %82 = tosa.reshape %81, %9 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %83 = tosa.cast %75 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %84 = tosa.add %83, %46 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %85 = tosa.greater %44, %83 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %86 = tosa.select %85, %84, %83 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %87 = tosa.reshape %86, %10 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %88 = tosa.tile %82, %10 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %89 = tosa.tile %87, %9 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %90 = tosa.concat %88, %89 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %91 = tosa.reshape %73, %11 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %92 = tosa.reshape %90, %12 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %93 = tosa.mul %92, %47, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %94 = tosa.reduce_sum %93 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %95 = tosa.reshape %94, %3 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %96 = tosa.cast %91 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %97 = tosa.gather %96, %95 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %98 = tosa.cast %97 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %99 = tosa.reshape %98, %13 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %100 = tosa.logical_and %77, %99 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %101 = tosa.reshape %72, %14 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %102 = tosa.cast %101 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %103 = tosa.mul %102, %48, %6 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %104 = tosa.concat %103, %103 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %105 = tosa.cos %104 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %106 = tosa.sin %104 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %107 = tosa.cast %70 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %108 = tosa.reduce_sum %107 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %109 = tosa.mul %108, %49, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %110 = tosa.sub %107, %109 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %111 = tosa.mul %110, %110, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %112 = tosa.reduce_sum %111 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %113 = tosa.mul %112, %49, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %114 = tosa.cast %113 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %115 = tosa.reduce_sum %70 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %116 = tosa.mul %115, %50, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %117 = tosa.add %114, %51 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %118 = tosa.rsqrt %117 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %119 = tosa.sub %70, %116 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %120 = tosa.mul %119, %118, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %121 = tosa.reshape %arg5, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %122 = tosa.mul %120, %121, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %123 = tosa.reshape %arg6, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %124 = tosa.add %122, %123 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %125 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<96x64xf32>) -> tensor<64x96xf32>
    %126 = tosa.reshape %124, %17 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %127 = tosa.reshape %125, %18 : (tensor<64x96xf32>, !tosa.shape<3>) -> tensor<1x64x96xf32>
    %128 = tosa.matmul %126, %127, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x96xf32>
    %129 = tosa.reshape %128, %19 : (tensor<1x32x96xf32>, !tosa.shape<4>) -> tensor<2x16x6x16xf32>
    %130 = tosa.slice %129, %21, %20 : (tensor<2x16x6x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %131 = tosa.reshape %5, %22 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<16x1x1xi64>
    %132 = tosa.cast %131 : (tensor<16x1x1xi64>) -> tensor<16x1x1xi32>
    %133 = tosa.add %132, %53 : (tensor<16x1x1xi32>, tensor<1x1x1xi32>) -> tensor<16x1x1xi32>
    %134 = tosa.greater %52, %132 : (tensor<1x1x1xi32>, tensor<16x1x1xi32>) -> tensor<16x1x1xi1>
    %135 = tosa.select %134, %133, %132 : (tensor<16x1x1xi1>, tensor<16x1x1xi32>, tensor<16x1x1xi32>) -> tensor<16x1x1xi32>
    %136 = tosa.cast %cst_0 : (tensor<16xi64>) -> tensor<16xi32>
    %137 = tosa.add %136, %55 : (tensor<16xi32>, tensor<1xi32>) -> tensor<16xi32>
    %138 = tosa.greater %54, %136 : (tensor<1xi32>, tensor<16xi32>) -> tensor<16xi1>
    %139 = tosa.select %138, %137, %136 : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %140 = tosa.reshape %135, %23 : (tensor<16x1x1xi32>, !tosa.shape<5>) -> tensor<1x16x1x1x1xi32>
    %141 = tosa.reshape %139, %10 : (tensor<16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %142 = tosa.tile %82, %24 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %143 = tosa.tile %140, %25 : (tensor<1x16x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %144 = tosa.tile %56, %26 : (tensor<1x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %145 = tosa.tile %141, %27 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %146 = tosa.concat %142, %143, %144, %145 {axis = 4 : i32} : (tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>) -> tensor<2x16x1x16x4xi32>
    %147 = tosa.reshape %128, %28 : (tensor<1x32x96xf32>, !tosa.shape<3>) -> tensor<1x3072x1xf32>
    %148 = tosa.reshape %146, %29 : (tensor<2x16x1x16x4xi32>, !tosa.shape<2>) -> tensor<512x4xi32>
    %149 = tosa.mul %148, %0, %6 : (tensor<512x4xi32>, tensor<1x4xi32>, tensor<1xi8>) -> tensor<512x4xi32>
    %150 = tosa.reduce_sum %149 {axis = 1 : i32} : (tensor<512x4xi32>) -> tensor<512x1xi32>
    %151 = tosa.reshape %150, %30 : (tensor<512x1xi32>, !tosa.shape<2>) -> tensor<1x512xi32>
    %152 = tosa.gather %147, %151 : (tensor<1x3072x1xf32>, tensor<1x512xi32>) -> tensor<1x512x1xf32>
    %153 = tosa.tile %57, %26 : (tensor<1x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %154 = tosa.concat %142, %143, %153, %145 {axis = 4 : i32} : (tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>) -> tensor<2x16x1x16x4xi32>
    %155 = tosa.reshape %154, %29 : (tensor<2x16x1x16x4xi32>, !tosa.shape<2>) -> tensor<512x4xi32>
    %156 = tosa.mul %155, %0, %6 : (tensor<512x4xi32>, tensor<1x4xi32>, tensor<1xi8>) -> tensor<512x4xi32>
    %157 = tosa.reduce_sum %156 {axis = 1 : i32} : (tensor<512x4xi32>) -> tensor<512x1xi32>
    %158 = tosa.reshape %157, %30 : (tensor<512x1xi32>, !tosa.shape<2>) -> tensor<1x512xi32>
    %159 = tosa.gather %147, %158 : (tensor<1x3072x1xf32>, tensor<1x512xi32>) -> tensor<1x512x1xf32>
    %160 = tosa.transpose %130 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %161 = tosa.reshape %152, %58 : (tensor<1x512x1xf32>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %162 = tosa.reshape %159, %58 : (tensor<1x512x1xf32>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %163 = tosa.reshape %105, %32 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %164 = tosa.reshape %106, %32 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %165 = tosa.mul %160, %163, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %166 = tosa.slice %160, %21, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %167 = tosa.slice %160, %34, %33 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %168 = tosa.negate %167, %16, %16 : (tensor<2x4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x8xf32>
    %169 = tosa.concat %168, %166 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %170 = tosa.mul %169, %164, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %171 = tosa.add %165, %170 : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %172 = tosa.mul %161, %163, %6 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %173 = tosa.slice %161, %21, %35 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %174 = tosa.slice %161, %34, %35 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %175 = tosa.negate %174, %16, %16 : (tensor<2x1x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x16x8xf32>
    %176 = tosa.concat %175, %173 {axis = 3 : i32} : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %177 = tosa.mul %176, %164, %6 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %178 = tosa.add %172, %177 : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %179 = tosa.select %100, %59, %60 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %180 = tosa.mul %171, %61, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %181 = tosa.transpose %178 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %182 = tosa.mul %181, %61, %6 : (tensor<2x1x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %183 = tosa.reshape %180, %36 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %184 = tosa.tile %182, %37 : (tensor<2x1x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %185 = tosa.reshape %184, %36 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %186 = tosa.matmul %183, %185, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %187 = tosa.reshape %186, %31 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %188 = tosa.add %187, %179 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %189 = tosa.reduce_max %188 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %190 = tosa.sub %188, %189 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %191 = tosa.exp %190 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %192 = tosa.reduce_sum %191 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %193 = tosa.reciprocal %192 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %194 = tosa.mul %191, %193, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %195 = tosa.cast %188 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %196 = tosa.equal %195, %62 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %197 = tosa.reduce_all %196 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %198 = tosa.select %197, %1, %194 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %199 = tosa.reshape %198, %36 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %200 = tosa.tile %162, %37 : (tensor<2x1x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %201 = tosa.reshape %200, %36 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %202 = tosa.matmul %199, %201, %16, %16 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %203 = tosa.reshape %202, %31 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %204 = tosa.transpose %203 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %205 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %206 = tosa.reshape %204, %17 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %207 = tosa.reshape %205, %38 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %208 = tosa.matmul %206, %207, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %209 = tosa.reshape %208, %4 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %210 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %211 = tosa.reshape %210, %39 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %212 = tosa.matmul %126, %211, %16, %16 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %213 = tosa.reshape %212, %40 : (tensor<1x32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %214 = tosa.mul %213, %65, %6 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %215 = tosa.erf %214 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %216 = tosa.add %215, %63 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %217 = tosa.mul %64, %216, %6 : (tensor<1x1x1xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %218 = tosa.mul %213, %217, %6 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %219 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %220 = tosa.reshape %218, %41 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %221 = tosa.reshape %219, %42 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %222 = tosa.matmul %220, %221, %16, %16 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %223 = tosa.reshape %222, %4 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %224 = tosa.add %223, %209 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %225 = tosa.add %70, %224 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %226 = tosa.cast %225 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %227 = tosa.reduce_sum %226 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %228 = tosa.mul %227, %49, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %229 = tosa.sub %226, %228 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %230 = tosa.mul %229, %229, %6 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %231 = tosa.reduce_sum %230 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %232 = tosa.mul %231, %49, %6 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %233 = tosa.cast %232 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %234 = tosa.reduce_sum %225 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %235 = tosa.mul %234, %50, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %236 = tosa.add %233, %51 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %237 = tosa.rsqrt %236 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %238 = tosa.sub %225, %235 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %239 = tosa.mul %238, %237, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %240 = tosa.reshape %arg7, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %241 = tosa.mul %239, %240, %6 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %242 = tosa.reshape %arg8, %15 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %243 = tosa.add %241, %242 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %243 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
