// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "falcon", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<96x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<256x64xf32>, %arg4: tensor<64x256xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<2x16xi64>, %arg10: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<[[1536, 96, 16, 1]]> : tensor<1x4xi32>}> : () -> tensor<1x4xi32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %6 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %9 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %12 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[1, 64, 96]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[2, 16, 6, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[16, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[1, 16, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %23 = tosa.const_shape  {values = dense<[1, 16, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %24 = tosa.const_shape  {values = dense<[2, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %25 = tosa.const_shape  {values = dense<[2, 16, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %26 = tosa.const_shape  {values = dense<[2, 16, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %27 = tosa.const_shape  {values = dense<[1, 3072, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[512, 4]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[1, 512]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %30 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %32 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %34 = tosa.const_shape  {values = dense<[2, 1, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %35 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = tosa.const_shape  {values = dense<[1, 4, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %37 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %38 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %39 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %40 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %41 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %42 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %43 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %44 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %45 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %46 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %47 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %49 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float32> : tensor<1x1x8xf32>}> : () -> tensor<1x1x8xf32>
    %50 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %51 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %52 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst_0 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %53 = "tosa.const"() <{values = dense<0> : tensor<1x1x1xi32>}> : () -> tensor<1x1x1xi32>
    %54 = "tosa.const"() <{values = dense<16> : tensor<1x1x1xi32>}> : () -> tensor<1x1x1xi32>
    %55 = "tosa.const"() <{values = dense<0> : tensor<1xi32>}> : () -> tensor<1xi32>
    %56 = "tosa.const"() <{values = dense<16> : tensor<1xi32>}> : () -> tensor<1xi32>
    %57 = "tosa.const"() <{values = dense<4> : tensor<1x1x1x1x1xi32>}> : () -> tensor<1x1x1x1x1xi32>
    %58 = "tosa.const"() <{values = dense<5> : tensor<1x1x1x1x1xi32>}> : () -> tensor<1x1x1x1x1xi32>
    %59 = tosa.const_shape  {values = dense<[2, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %60 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %61 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %62 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %63 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %64 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %65 = tosa.reshape %arg9, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %66 = tosa.cast %65 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %67 = tosa.gather %64, %66 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %68 = tosa.reshape %67, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %69 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %70 = tosa.cast %69 : (tensor<16xi32>) -> tensor<16xi64>
    %71 = tosa.cast %arg10 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %72 = tosa.reshape %70, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %73 = tosa.reshape %70, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %74 = tosa.greater_equal %72, %73 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %75 = tosa.logical_and %74, %42 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %76 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %77 = tosa.add %76, %44 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %78 = tosa.greater %43, %76 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %79 = tosa.select %78, %77, %76 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %80 = tosa.reshape %79, %8 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %81 = tosa.cast %73 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %82 = tosa.add %81, %45 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %83 = tosa.greater %43, %81 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %84 = tosa.select %83, %82, %81 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %85 = tosa.reshape %84, %9 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %86 = tosa.tile %80, %9 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %87 = tosa.tile %85, %8 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %88 = tosa.concat %86, %87 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %89 = tosa.reshape %71, %10 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %90 = tosa.reshape %88, %11 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %91 = tosa.mul %90, %46, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %92 = tosa.reduce_sum %91 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %93 = tosa.reshape %92, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %94 = tosa.cast %89 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %95 = tosa.gather %94, %93 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %96 = tosa.cast %95 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %97 = tosa.reshape %96, %12 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %98 = tosa.logical_and %75, %97 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %99 = tosa.select %98, %47, %48 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %100 = tosa.reshape %70, %13 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %101 = tosa.cast %100 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %102 = tosa.mul %101, %49, %5 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %103 = tosa.concat %102, %102 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %104 = tosa.cos %103 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %105 = tosa.sin %103 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %106 = tosa.cast %68 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %107 = tosa.reduce_sum %106 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %108 = tosa.mul %107, %50, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %109 = tosa.sub %106, %108 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %110 = tosa.mul %109, %109, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %111 = tosa.reduce_sum %110 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %112 = tosa.mul %111, %50, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %113 = tosa.cast %112 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %114 = tosa.reduce_sum %68 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %115 = tosa.mul %114, %51, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %116 = tosa.add %113, %52 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %117 = tosa.rsqrt %116 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %118 = tosa.sub %68, %115 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %119 = tosa.mul %118, %117, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %120 = tosa.reshape %arg5, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %121 = tosa.mul %119, %120, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %122 = tosa.reshape %arg6, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %123 = tosa.add %121, %122 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %124 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<96x64xf32>) -> tensor<64x96xf32>
    %125 = tosa.reshape %123, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %126 = tosa.reshape %124, %17 : (tensor<64x96xf32>, !tosa.shape<3>) -> tensor<1x64x96xf32>
    %127 = tosa.matmul %125, %126, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x96xf32>
    %128 = tosa.reshape %127, %18 : (tensor<1x32x96xf32>, !tosa.shape<4>) -> tensor<2x16x6x16xf32>
    %129 = tosa.slice %128, %20, %19 : (tensor<2x16x6x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %130 = tosa.reshape %4, %21 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<16x1x1xi64>
    %131 = tosa.cast %130 : (tensor<16x1x1xi64>) -> tensor<16x1x1xi32>
    %132 = tosa.add %131, %54 : (tensor<16x1x1xi32>, tensor<1x1x1xi32>) -> tensor<16x1x1xi32>
    %133 = tosa.greater %53, %131 : (tensor<1x1x1xi32>, tensor<16x1x1xi32>) -> tensor<16x1x1xi1>
    %134 = tosa.select %133, %132, %131 : (tensor<16x1x1xi1>, tensor<16x1x1xi32>, tensor<16x1x1xi32>) -> tensor<16x1x1xi32>
    %135 = tosa.cast %cst_0 : (tensor<16xi64>) -> tensor<16xi32>
    %136 = tosa.add %135, %56 : (tensor<16xi32>, tensor<1xi32>) -> tensor<16xi32>
    %137 = tosa.greater %55, %135 : (tensor<1xi32>, tensor<16xi32>) -> tensor<16xi1>
    %138 = tosa.select %137, %136, %135 : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %139 = tosa.reshape %134, %22 : (tensor<16x1x1xi32>, !tosa.shape<5>) -> tensor<1x16x1x1x1xi32>
    %140 = tosa.reshape %138, %9 : (tensor<16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %141 = tosa.tile %80, %23 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %142 = tosa.tile %139, %24 : (tensor<1x16x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %143 = tosa.tile %57, %25 : (tensor<1x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %144 = tosa.tile %140, %26 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %145 = tosa.concat %141, %142, %143, %144 {axis = 4 : i32} : (tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>) -> tensor<2x16x1x16x4xi32>
    %146 = tosa.reshape %127, %27 : (tensor<1x32x96xf32>, !tosa.shape<3>) -> tensor<1x3072x1xf32>
    %147 = tosa.reshape %145, %28 : (tensor<2x16x1x16x4xi32>, !tosa.shape<2>) -> tensor<512x4xi32>
    %148 = tosa.mul %147, %0, %5 : (tensor<512x4xi32>, tensor<1x4xi32>, tensor<1xi8>) -> tensor<512x4xi32>
    %149 = tosa.reduce_sum %148 {axis = 1 : i32} : (tensor<512x4xi32>) -> tensor<512x1xi32>
    %150 = tosa.reshape %149, %29 : (tensor<512x1xi32>, !tosa.shape<2>) -> tensor<1x512xi32>
    %151 = tosa.gather %146, %150 : (tensor<1x3072x1xf32>, tensor<1x512xi32>) -> tensor<1x512x1xf32>
    %152 = tosa.tile %58, %25 : (tensor<1x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x16x1x16x1xi32>
    %153 = tosa.concat %141, %142, %152, %144 {axis = 4 : i32} : (tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>, tensor<2x16x1x16x1xi32>) -> tensor<2x16x1x16x4xi32>
    %154 = tosa.reshape %153, %28 : (tensor<2x16x1x16x4xi32>, !tosa.shape<2>) -> tensor<512x4xi32>
    %155 = tosa.mul %154, %0, %5 : (tensor<512x4xi32>, tensor<1x4xi32>, tensor<1xi8>) -> tensor<512x4xi32>
    %156 = tosa.reduce_sum %155 {axis = 1 : i32} : (tensor<512x4xi32>) -> tensor<512x1xi32>
    %157 = tosa.reshape %156, %29 : (tensor<512x1xi32>, !tosa.shape<2>) -> tensor<1x512xi32>
    %158 = tosa.gather %146, %157 : (tensor<1x3072x1xf32>, tensor<1x512xi32>) -> tensor<1x512x1xf32>
    %159 = tosa.transpose %129 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %160 = tosa.reshape %151, %59 : (tensor<1x512x1xf32>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %161 = tosa.reshape %158, %59 : (tensor<1x512x1xf32>, !tosa.shape<4>) -> tensor<2x1x16x16xf32>
    %162 = tosa.reshape %104, %31 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %163 = tosa.reshape %105, %31 : (tensor<1x16x16xf32>, !tosa.shape<4>) -> tensor<1x1x16x16xf32>
    %164 = tosa.mul %159, %162, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %165 = tosa.slice %159, %20, %32 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %166 = tosa.slice %159, %33, %32 : (tensor<2x4x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
    %167 = tosa.negate %166, %15, %15 : (tensor<2x4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x16x8xf32>
    %168 = tosa.concat %167, %165 {axis = 3 : i32} : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %169 = tosa.mul %168, %163, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %170 = tosa.add %164, %169 : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %171 = tosa.mul %160, %162, %5 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %172 = tosa.slice %160, %20, %34 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %173 = tosa.slice %160, %33, %34 : (tensor<2x1x16x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x1x16x8xf32>
    %174 = tosa.negate %173, %15, %15 : (tensor<2x1x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x16x8xf32>
    %175 = tosa.concat %174, %172 {axis = 3 : i32} : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %176 = tosa.mul %175, %163, %5 : (tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>, tensor<1xi8>) -> tensor<2x1x16x16xf32>
    %177 = tosa.add %171, %176 : (tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %178 = tosa.transpose %177 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x1x16x16xf32>) -> tensor<2x1x16x16xf32>
    %179 = tosa.reshape %170, %35 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %180 = tosa.tile %178, %36 : (tensor<2x1x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %181 = tosa.reshape %180, %35 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %182 = tosa.matmul %179, %181, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %183 = tosa.reshape %182, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %184 = tosa.mul %183, %60, %5 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %185 = tosa.add %184, %99 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %186 = tosa.reduce_max %185 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %187 = tosa.sub %185, %186 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %188 = tosa.exp %187 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %189 = tosa.reduce_sum %188 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %190 = tosa.reciprocal %189 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %191 = tosa.mul %188, %190, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %192 = tosa.reshape %191, %35 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %193 = tosa.tile %161, %36 : (tensor<2x1x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %194 = tosa.reshape %193, %35 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %195 = tosa.matmul %192, %194, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %196 = tosa.reshape %195, %30 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %197 = tosa.transpose %196 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %198 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %199 = tosa.reshape %197, %16 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %200 = tosa.reshape %198, %37 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %201 = tosa.matmul %199, %200, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %202 = tosa.reshape %201, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %203 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %204 = tosa.reshape %203, %38 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %205 = tosa.matmul %125, %204, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %206 = tosa.reshape %205, %39 : (tensor<1x32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %207 = tosa.mul %206, %63, %5 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %208 = tosa.erf %207 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %209 = tosa.add %208, %61 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %210 = tosa.mul %62, %209, %5 : (tensor<1x1x1xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %211 = tosa.mul %206, %210, %5 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %212 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %213 = tosa.reshape %211, %40 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %214 = tosa.reshape %212, %41 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %215 = tosa.matmul %213, %214, %15, %15 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %216 = tosa.reshape %215, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %217 = tosa.add %216, %202 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %218 = tosa.add %68, %217 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %219 = tosa.cast %218 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %220 = tosa.reduce_sum %219 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %221 = tosa.mul %220, %50, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %222 = tosa.sub %219, %221 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %223 = tosa.mul %222, %222, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %224 = tosa.reduce_sum %223 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %225 = tosa.mul %224, %50, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %226 = tosa.cast %225 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %227 = tosa.reduce_sum %218 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %228 = tosa.mul %227, %51, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %229 = tosa.add %226, %52 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %230 = tosa.rsqrt %229 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %231 = tosa.sub %218, %228 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %232 = tosa.mul %231, %230, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %233 = tosa.reshape %arg7, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %234 = tosa.mul %232, %233, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %235 = tosa.reshape %arg8, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %236 = tosa.add %234, %235 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %236 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
