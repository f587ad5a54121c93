// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f16", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf16>, %arg1: tensor<64x64xf16>, %arg2: tensor<32x64xf16>, %arg3: tensor<32x64xf16>, %arg4: tensor<64x64xf16>, %arg5: tensor<128x64xf16>, %arg6: tensor<128x64xf16>, %arg7: tensor<64x128xf16>, %arg8: tensor<64xf16>, %arg9: tensor<64xf16>, %arg10: tensor<64xf16>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf16> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float16> : tensor<8xf16>}> : () -> tensor<8xf16>
    %2 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %4 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %12 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %14 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.const_shape  {values = dense<[1, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[1, 1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf16>}> : () -> tensor<1xf16>
    %20 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %23 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<32> : tensor<2xindex>} : () -> !tosa.shape<2>
    %25 = tosa.const_shape  {values = dense<[2, 16, 2, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[2, 2, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %31 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %32 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %33 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %34 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %36 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %38 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %39 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %40 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %41 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %42 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %43 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %44 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %45 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %48 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %49 = "tosa.const"() <{values = dense<0xFC00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %50 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %52 = tosa.reshape %arg0, %2 : (tensor<128x64xf16>, !tosa.shape<3>) -> tensor<1x128x64xf16>
    %53 = tosa.reshape %arg11, %3 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %54 = tosa.cast %53 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %55 = tosa.gather %52, %54 : (tensor<1x128x64xf16>, tensor<1x32xi32>) -> tensor<1x32x64xf16>
    %56 = tosa.reshape %55, %4 : (tensor<1x32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %57 = tosa.cast %5 : (tensor<16xi64>) -> tensor<16xi32>
    %58 = tosa.cast %57 : (tensor<16xi32>) -> tensor<16xi64>
    %59 = tosa.cast %arg12 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %60 = tosa.reshape %58, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %61 = tosa.reshape %58, %9 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %62 = tosa.greater_equal %60, %61 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %63 = tosa.logical_and %62, %40 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %64 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %65 = tosa.add %64, %42 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %66 = tosa.greater %41, %64 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %67 = tosa.select %66, %65, %64 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %68 = tosa.reshape %67, %10 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %69 = tosa.cast %61 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %70 = tosa.add %69, %43 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %71 = tosa.greater %41, %69 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %72 = tosa.select %71, %70, %69 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %73 = tosa.reshape %72, %11 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %74 = tosa.tile %68, %11 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %75 = tosa.tile %73, %10 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %76 = tosa.concat %74, %75 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %77 = tosa.reshape %59, %12 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %78 = tosa.reshape %76, %13 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %79 = tosa.mul %78, %44, %6 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %80 = tosa.reduce_sum %79 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %81 = tosa.reshape %80, %3 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %82 = tosa.cast %77 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %83 = tosa.gather %82, %81 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %84 = tosa.cast %83 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %85 = tosa.reshape %84, %14 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %86 = tosa.logical_and %63, %85 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %87 = tosa.reshape %58, %15 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %88 = tosa.cast %87 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %89 = tosa.cast %1 : (tensor<8xf16>) -> tensor<8xf32>
    %90 = tosa.reshape %89, %16 : (tensor<8xf32>, !tosa.shape<3>) -> tensor<1x1x8xf32>
    %91 = tosa.mul %88, %90, %6 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %92 = tosa.concat %91, %91 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %93 = tosa.cos %92 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %94 = tosa.sin %92 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %95 = tosa.cast %93 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
    %96 = tosa.cast %94 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
    %97 = tosa.cast %56 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %98 = tosa.pow %97, %45 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %99 = tosa.reduce_sum %98 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %100 = tosa.mul %99, %46, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %101 = tosa.add %100, %47 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %102 = tosa.rsqrt %101 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %103 = tosa.mul %97, %102, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %104 = tosa.cast %103 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %105 = tosa.reshape %arg8, %17 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %106 = tosa.mul %105, %104, %6 : (tensor<1x1x64xf16>, tensor<2x16x64xf16>, tensor<1xi8>) -> tensor<2x16x64xf16>
    %107 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %108 = tosa.reshape %106, %20 : (tensor<2x16x64xf16>, !tosa.shape<3>) -> tensor<1x32x64xf16>
    %109 = tosa.reshape %107, %21 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %110 = tosa.matmul %108, %109, %19, %19 : (tensor<1x32x64xf16>, tensor<1x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x64xf32>
    %111 = tosa.reshape %110, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %112 = tosa.cast %111 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %113 = tosa.reshape %112, %22 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %114 = tosa.transpose %113 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %115 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf16>) -> tensor<64x32xf16>
    %116 = tosa.reshape %115, %23 : (tensor<64x32xf16>, !tosa.shape<3>) -> tensor<1x64x32xf16>
    %117 = tosa.matmul %108, %116, %19, %19 : (tensor<1x32x64xf16>, tensor<1x64x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x32xf32>
    %118 = tosa.reshape %117, %24 : (tensor<1x32x32xf32>, !tosa.shape<2>) -> tensor<32x32xf32>
    %119 = tosa.cast %118 : (tensor<32x32xf32>) -> tensor<32x32xf16>
    %120 = tosa.reshape %119, %25 : (tensor<32x32xf16>, !tosa.shape<4>) -> tensor<2x16x2x16xf16>
    %121 = tosa.transpose %120 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf16>) -> tensor<2x2x16x16xf16>
    %122 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<32x64xf16>) -> tensor<64x32xf16>
    %123 = tosa.reshape %122, %23 : (tensor<64x32xf16>, !tosa.shape<3>) -> tensor<1x64x32xf16>
    %124 = tosa.matmul %108, %123, %19, %19 : (tensor<1x32x64xf16>, tensor<1x64x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x32xf32>
    %125 = tosa.reshape %124, %24 : (tensor<1x32x32xf32>, !tosa.shape<2>) -> tensor<32x32xf32>
    %126 = tosa.cast %125 : (tensor<32x32xf32>) -> tensor<32x32xf16>
    %127 = tosa.reshape %126, %25 : (tensor<32x32xf16>, !tosa.shape<4>) -> tensor<2x16x2x16xf16>
    %128 = tosa.transpose %127 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf16>) -> tensor<2x2x16x16xf16>
    %129 = tosa.reshape %95, %26 : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x1x16x16xf16>
    %130 = tosa.reshape %96, %26 : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x1x16x16xf16>
    %131 = tosa.mul %114, %129, %6 : (tensor<2x4x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x4x16x16xf16>
    %132 = tosa.slice %114, %28, %27 : (tensor<2x4x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf16>
    %133 = tosa.slice %114, %29, %27 : (tensor<2x4x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf16>
    %134 = tosa.negate %133, %19, %19 : (tensor<2x4x16x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x4x16x8xf16>
    %135 = tosa.concat %134, %132 {axis = 3 : i32} : (tensor<2x4x16x8xf16>, tensor<2x4x16x8xf16>) -> tensor<2x4x16x16xf16>
    %136 = tosa.mul %135, %130, %6 : (tensor<2x4x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x4x16x16xf16>
    %137 = tosa.add %131, %136 : (tensor<2x4x16x16xf16>, tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf16>
    %138 = tosa.mul %121, %129, %6 : (tensor<2x2x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x2x16x16xf16>
    %139 = tosa.slice %121, %28, %30 : (tensor<2x2x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf16>
    %140 = tosa.slice %121, %29, %30 : (tensor<2x2x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf16>
    %141 = tosa.negate %140, %19, %19 : (tensor<2x2x16x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x2x16x8xf16>
    %142 = tosa.concat %141, %139 {axis = 3 : i32} : (tensor<2x2x16x8xf16>, tensor<2x2x16x8xf16>) -> tensor<2x2x16x16xf16>
    %143 = tosa.mul %142, %130, %6 : (tensor<2x2x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x2x16x16xf16>
    %144 = tosa.add %138, %143 : (tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>) -> tensor<2x2x16x16xf16>
    %145 = tosa.reshape %144, %31 : (tensor<2x2x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf16>
    %146 = tosa.tile %145, %32 : (tensor<2x2x1x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf16>
    %147 = tosa.reshape %146, %33 : (tensor<2x2x2x16x16xf16>, !tosa.shape<4>) -> tensor<2x4x16x16xf16>
    %148 = tosa.reshape %128, %31 : (tensor<2x2x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf16>
    %149 = tosa.tile %148, %32 : (tensor<2x2x1x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf16>
    %150 = tosa.reshape %149, %33 : (tensor<2x2x2x16x16xf16>, !tosa.shape<4>) -> tensor<2x4x16x16xf16>
    %151 = tosa.select %86, %48, %49 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf16>, tensor<1x1x1x1xf16>) -> tensor<2x1x16x16xf16>
    %152 = tosa.cast %137 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %153 = tosa.cast %147 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %154 = tosa.cast %150 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %155 = tosa.mul %152, %50, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %156 = tosa.transpose %153 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %157 = tosa.mul %156, %50, %6 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %158 = tosa.reshape %155, %34 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %159 = tosa.reshape %157, %34 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %160 = tosa.matmul %158, %159, %35, %35 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %161 = tosa.reshape %160, %33 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %162 = tosa.cast %151 : (tensor<2x1x16x16xf16>) -> tensor<2x1x16x16xf32>
    %163 = tosa.add %161, %162 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %164 = tosa.reduce_max %163 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %165 = tosa.sub %163, %164 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %166 = tosa.exp %165 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %167 = tosa.reduce_sum %166 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %168 = tosa.reciprocal %167 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %169 = tosa.mul %166, %168, %6 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %170 = tosa.cast %163 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %171 = tosa.equal %170, %51 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %172 = tosa.reduce_all %171 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %173 = tosa.select %172, %0, %169 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %174 = tosa.reshape %173, %34 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %175 = tosa.reshape %154, %34 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %176 = tosa.matmul %174, %175, %35, %35 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %177 = tosa.reshape %176, %33 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %178 = tosa.cast %177 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf16>
    %179 = tosa.transpose %178 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf16>) -> tensor<2x16x4x16xf16>
    %180 = tosa.reshape %179, %4 : (tensor<2x16x4x16xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %181 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %182 = tosa.reshape %181, %21 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %183 = tosa.tile %182, %7 : (tensor<1x64x64xf16>, !tosa.shape<3>) -> tensor<2x64x64xf16>
    %184 = tosa.matmul %180, %183, %19, %19 : (tensor<2x16x64xf16>, tensor<2x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x16x64xf32>
    %185 = tosa.cast %184 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %186 = tosa.add %56, %185 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %187 = tosa.cast %186 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %188 = tosa.pow %187, %45 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %189 = tosa.reduce_sum %188 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %190 = tosa.mul %189, %46, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %191 = tosa.add %190, %47 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %192 = tosa.rsqrt %191 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %193 = tosa.mul %187, %192, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %194 = tosa.cast %193 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %195 = tosa.reshape %arg9, %17 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %196 = tosa.mul %195, %194, %6 : (tensor<1x1x64xf16>, tensor<2x16x64xf16>, tensor<1xi8>) -> tensor<2x16x64xf16>
    %197 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<128x64xf16>) -> tensor<64x128xf16>
    %198 = tosa.reshape %196, %20 : (tensor<2x16x64xf16>, !tosa.shape<3>) -> tensor<1x32x64xf16>
    %199 = tosa.reshape %197, %36 : (tensor<64x128xf16>, !tosa.shape<3>) -> tensor<1x64x128xf16>
    %200 = tosa.matmul %198, %199, %19, %19 : (tensor<1x32x64xf16>, tensor<1x64x128xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x128xf32>
    %201 = tosa.reshape %200, %37 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %202 = tosa.cast %201 : (tensor<32x128xf32>) -> tensor<32x128xf16>
    %203 = tosa.reshape %202, %38 : (tensor<32x128xf16>, !tosa.shape<3>) -> tensor<2x16x128xf16>
    %204 = tosa.cast %203 : (tensor<2x16x128xf16>) -> tensor<2x16x128xf32>
    %205 = tosa.sigmoid %204 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %206 = tosa.mul %204, %205, %6 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %207 = tosa.cast %206 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf16>
    %208 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<128x64xf16>) -> tensor<64x128xf16>
    %209 = tosa.reshape %208, %36 : (tensor<64x128xf16>, !tosa.shape<3>) -> tensor<1x64x128xf16>
    %210 = tosa.matmul %198, %209, %19, %19 : (tensor<1x32x64xf16>, tensor<1x64x128xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x128xf32>
    %211 = tosa.reshape %210, %37 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %212 = tosa.cast %211 : (tensor<32x128xf32>) -> tensor<32x128xf16>
    %213 = tosa.reshape %212, %38 : (tensor<32x128xf16>, !tosa.shape<3>) -> tensor<2x16x128xf16>
    %214 = tosa.mul %207, %213, %6 : (tensor<2x16x128xf16>, tensor<2x16x128xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %215 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x128xf16>) -> tensor<128x64xf16>
    %216 = tosa.reshape %214, %39 : (tensor<2x16x128xf16>, !tosa.shape<3>) -> tensor<1x32x128xf16>
    %217 = tosa.reshape %215, %2 : (tensor<128x64xf16>, !tosa.shape<3>) -> tensor<1x128x64xf16>
    %218 = tosa.matmul %216, %217, %19, %19 : (tensor<1x32x128xf16>, tensor<1x128x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x64xf32>
    %219 = tosa.reshape %218, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %220 = tosa.cast %219 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %221 = tosa.reshape %220, %4 : (tensor<32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %222 = tosa.add %186, %221 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %223 = tosa.cast %222 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %224 = tosa.pow %223, %45 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %225 = tosa.reduce_sum %224 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %226 = tosa.mul %225, %46, %6 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %227 = tosa.add %226, %47 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %228 = tosa.rsqrt %227 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %229 = tosa.mul %223, %228, %6 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %230 = tosa.cast %229 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %231 = tosa.reshape %arg10, %17 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %232 = tosa.mul %231, %230, %6 : (tensor<1x1x64xf16>, tensor<2x16x64xf16>, tensor<1xi8>) -> tensor<2x16x64xf16>
    return %232 : tensor<2x16x64xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float16: "0x02000000003C0F35662E0C281F217A1A19142E0D"
    }
  }
#-}
