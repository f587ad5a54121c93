// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f16", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf16>, %arg1: tensor<64x64xf16>, %arg2: tensor<32x64xf16>, %arg3: tensor<32x64xf16>, %arg4: tensor<64x64xf16>, %arg5: tensor<128x64xf16>, %arg6: tensor<128x64xf16>, %arg7: tensor<64x128xf16>, %arg8: tensor<64xf16>, %arg9: tensor<64xf16>, %arg10: tensor<64xf16>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf16> {
    %0 = "tosa.const"() <{values = dense_resource<torch_tensor_8_torch.float16> : tensor<8xf16>}> : () -> tensor<8xf16>
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
    %14 = tosa.const_shape  {values = dense<[1, 1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %17 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf16>}> : () -> tensor<1xf16>
    %18 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<[1, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<32> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 16, 2, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 1, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[0, 0, 0, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[2, 2, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %29 = tosa.const_shape  {values = dense<[2, 2, 1, 16, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %30 = tosa.const_shape  {values = dense<[1, 1, 2, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %31 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %32 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %35 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %38 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %39 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %40 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %41 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %42 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %43 = "tosa.const"() <{values = dense<-6.550400e+04> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %44 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %45 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %46 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %47 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %48 = tosa.reshape %arg0, %1 : (tensor<128x64xf16>, !tosa.shape<3>) -> tensor<1x128x64xf16>
    %49 = tosa.reshape %arg11, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %50 = tosa.cast %49 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %51 = tosa.gather %48, %50 : (tensor<1x128x64xf16>, tensor<1x32xi32>) -> tensor<1x32x64xf16>
    %52 = tosa.reshape %51, %3 : (tensor<1x32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %53 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %54 = tosa.cast %53 : (tensor<16xi32>) -> tensor<16xi64>
    %55 = tosa.cast %arg12 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %56 = tosa.reshape %54, %6 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %57 = tosa.reshape %54, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %58 = tosa.greater_equal %56, %57 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %59 = tosa.logical_and %58, %37 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %60 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %61 = tosa.add %60, %39 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %62 = tosa.greater %38, %60 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %63 = tosa.select %62, %61, %60 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %64 = tosa.reshape %63, %8 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %65 = tosa.cast %57 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %66 = tosa.add %65, %40 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %67 = tosa.greater %38, %65 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %68 = tosa.select %67, %66, %65 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %69 = tosa.reshape %68, %9 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %70 = tosa.tile %64, %9 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %71 = tosa.tile %69, %8 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %72 = tosa.concat %70, %71 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %73 = tosa.reshape %55, %10 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %74 = tosa.reshape %72, %11 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %75 = tosa.mul %74, %41, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %76 = tosa.reduce_sum %75 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %77 = tosa.reshape %76, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %78 = tosa.cast %73 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %79 = tosa.gather %78, %77 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %80 = tosa.cast %79 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %81 = tosa.reshape %80, %12 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %82 = tosa.logical_and %59, %81 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %83 = tosa.select %82, %42, %43 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf16>, tensor<1x1x1x1xf16>) -> tensor<2x1x16x16xf16>
    %84 = tosa.reshape %54, %13 : (tensor<16xi64>, !tosa.shape<3>) -> tensor<1x16x1xi64>
    %85 = tosa.cast %84 : (tensor<1x16x1xi64>) -> tensor<1x16x1xf32>
    %86 = tosa.cast %0 : (tensor<8xf16>) -> tensor<8xf32>
    %87 = tosa.reshape %86, %14 : (tensor<8xf32>, !tosa.shape<3>) -> tensor<1x1x8xf32>
    %88 = tosa.mul %85, %87, %5 : (tensor<1x16x1xf32>, tensor<1x1x8xf32>, tensor<1xi8>) -> tensor<1x16x8xf32>
    %89 = tosa.concat %88, %88 {axis = 2 : i32} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %90 = tosa.cos %89 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %91 = tosa.sin %89 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %92 = tosa.cast %90 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
    %93 = tosa.cast %91 : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
    %94 = tosa.cast %52 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %95 = tosa.pow %94, %44 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %96 = tosa.reduce_sum %95 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %97 = tosa.mul %96, %45, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %98 = tosa.add %97, %46 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %99 = tosa.rsqrt %98 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %100 = tosa.mul %94, %99, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %101 = tosa.cast %100 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %102 = tosa.reshape %arg8, %15 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %103 = tosa.mul %102, %101, %5 : (tensor<1x1x64xf16>, tensor<2x16x64xf16>, tensor<1xi8>) -> tensor<2x16x64xf16>
    %104 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %105 = tosa.reshape %103, %18 : (tensor<2x16x64xf16>, !tosa.shape<3>) -> tensor<1x32x64xf16>
    %106 = tosa.reshape %104, %19 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %107 = tosa.matmul %105, %106, %17, %17 : (tensor<1x32x64xf16>, tensor<1x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x64xf32>
    %108 = tosa.reshape %107, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %109 = tosa.cast %108 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %110 = tosa.reshape %109, %20 : (tensor<32x64xf16>, !tosa.shape<4>) -> tensor<2x16x4x16xf16>
    %111 = tosa.transpose %110 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf16>) -> tensor<2x4x16x16xf16>
    %112 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<32x64xf16>) -> tensor<64x32xf16>
    %113 = tosa.reshape %112, %21 : (tensor<64x32xf16>, !tosa.shape<3>) -> tensor<1x64x32xf16>
    %114 = tosa.matmul %105, %113, %17, %17 : (tensor<1x32x64xf16>, tensor<1x64x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x32xf32>
    %115 = tosa.reshape %114, %22 : (tensor<1x32x32xf32>, !tosa.shape<2>) -> tensor<32x32xf32>
    %116 = tosa.cast %115 : (tensor<32x32xf32>) -> tensor<32x32xf16>
    %117 = tosa.reshape %116, %23 : (tensor<32x32xf16>, !tosa.shape<4>) -> tensor<2x16x2x16xf16>
    %118 = tosa.transpose %117 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf16>) -> tensor<2x2x16x16xf16>
    %119 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<32x64xf16>) -> tensor<64x32xf16>
    %120 = tosa.reshape %119, %21 : (tensor<64x32xf16>, !tosa.shape<3>) -> tensor<1x64x32xf16>
    %121 = tosa.matmul %105, %120, %17, %17 : (tensor<1x32x64xf16>, tensor<1x64x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x32xf32>
    %122 = tosa.reshape %121, %22 : (tensor<1x32x32xf32>, !tosa.shape<2>) -> tensor<32x32xf32>
    %123 = tosa.cast %122 : (tensor<32x32xf32>) -> tensor<32x32xf16>
    %124 = tosa.reshape %123, %23 : (tensor<32x32xf16>, !tosa.shape<4>) -> tensor<2x16x2x16xf16>
    %125 = tosa.transpose %124 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x2x16xf16>) -> tensor<2x2x16x16xf16>
    %126 = tosa.reshape %92, %24 : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x1x16x16xf16>
    %127 = tosa.reshape %93, %24 : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x1x16x16xf16>
    %128 = tosa.mul %111, %126, %5 : (tensor<2x4x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x4x16x16xf16>
    %129 = tosa.slice %111, %26, %25 : (tensor<2x4x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf16>
    %130 = tosa.slice %111, %27, %25 : (tensor<2x4x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x4x16x8xf16>
    %131 = tosa.negate %130, %17, %17 : (tensor<2x4x16x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x4x16x8xf16>
    %132 = tosa.concat %131, %129 {axis = 3 : i32} : (tensor<2x4x16x8xf16>, tensor<2x4x16x8xf16>) -> tensor<2x4x16x16xf16>
    %133 = tosa.mul %132, %127, %5 : (tensor<2x4x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x4x16x16xf16>
    %134 = tosa.add %128, %133 : (tensor<2x4x16x16xf16>, tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf16>
    %135 = tosa.mul %118, %126, %5 : (tensor<2x2x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x2x16x16xf16>
    %136 = tosa.slice %118, %26, %28 : (tensor<2x2x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf16>
    %137 = tosa.slice %118, %27, %28 : (tensor<2x2x16x16xf16>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<2x2x16x8xf16>
    %138 = tosa.negate %137, %17, %17 : (tensor<2x2x16x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x2x16x8xf16>
    %139 = tosa.concat %138, %136 {axis = 3 : i32} : (tensor<2x2x16x8xf16>, tensor<2x2x16x8xf16>) -> tensor<2x2x16x16xf16>
    %140 = tosa.mul %139, %127, %5 : (tensor<2x2x16x16xf16>, tensor<1x1x16x16xf16>, tensor<1xi8>) -> tensor<2x2x16x16xf16>
    %141 = tosa.add %135, %140 : (tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>) -> tensor<2x2x16x16xf16>
    %142 = tosa.reshape %141, %29 : (tensor<2x2x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf16>
    %143 = tosa.tile %142, %30 : (tensor<2x2x1x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf16>
    %144 = tosa.reshape %143, %31 : (tensor<2x2x2x16x16xf16>, !tosa.shape<4>) -> tensor<2x4x16x16xf16>
    %145 = tosa.reshape %125, %29 : (tensor<2x2x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x1x16x16xf16>
    %146 = tosa.tile %145, %30 : (tensor<2x2x1x16x16xf16>, !tosa.shape<5>) -> tensor<2x2x2x16x16xf16>
    %147 = tosa.transpose %144 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf16>
    %148 = tosa.reshape %134, %32 : (tensor<2x4x16x16xf16>, !tosa.shape<3>) -> tensor<8x16x16xf16>
    %149 = tosa.reshape %147, %32 : (tensor<2x4x16x16xf16>, !tosa.shape<3>) -> tensor<8x16x16xf16>
    %150 = tosa.matmul %148, %149, %17, %17 : (tensor<8x16x16xf16>, tensor<8x16x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x16xf32>
    %151 = tosa.cast %150 : (tensor<8x16x16xf32>) -> tensor<8x16x16xf16>
    %152 = tosa.reshape %151, %31 : (tensor<8x16x16xf16>, !tosa.shape<4>) -> tensor<2x4x16x16xf16>
    %153 = tosa.mul %152, %47, %5 : (tensor<2x4x16x16xf16>, tensor<1x1x1x1xf16>, tensor<1xi8>) -> tensor<2x4x16x16xf16>
    %154 = tosa.add %153, %83 : (tensor<2x4x16x16xf16>, tensor<2x1x16x16xf16>) -> tensor<2x4x16x16xf16>
    %155 = tosa.cast %154 : (tensor<2x4x16x16xf16>) -> tensor<2x4x16x16xf32>
    %156 = tosa.reduce_max %155 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %157 = tosa.sub %155, %156 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.exp %157 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %159 = tosa.reduce_sum %158 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %160 = tosa.reciprocal %159 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %161 = tosa.mul %158, %160, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %162 = tosa.cast %161 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf16>
    %163 = tosa.reshape %162, %32 : (tensor<2x4x16x16xf16>, !tosa.shape<3>) -> tensor<8x16x16xf16>
    %164 = tosa.reshape %146, %32 : (tensor<2x2x2x16x16xf16>, !tosa.shape<3>) -> tensor<8x16x16xf16>
    %165 = tosa.matmul %163, %164, %17, %17 : (tensor<8x16x16xf16>, tensor<8x16x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x16xf32>
    %166 = tosa.cast %165 : (tensor<8x16x16xf32>) -> tensor<8x16x16xf16>
    %167 = tosa.reshape %166, %31 : (tensor<8x16x16xf16>, !tosa.shape<4>) -> tensor<2x4x16x16xf16>
    %168 = tosa.transpose %167 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf16>) -> tensor<2x16x4x16xf16>
    %169 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf16>) -> tensor<64x64xf16>
    %170 = tosa.reshape %168, %18 : (tensor<2x16x4x16xf16>, !tosa.shape<3>) -> tensor<1x32x64xf16>
    %171 = tosa.reshape %169, %19 : (tensor<64x64xf16>, !tosa.shape<3>) -> tensor<1x64x64xf16>
    %172 = tosa.matmul %170, %171, %17, %17 : (tensor<1x32x64xf16>, tensor<1x64x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x64xf32>
    %173 = tosa.reshape %172, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %174 = tosa.cast %173 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %175 = tosa.reshape %174, %3 : (tensor<32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %176 = tosa.add %52, %175 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %177 = tosa.cast %176 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %178 = tosa.pow %177, %44 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %179 = tosa.reduce_sum %178 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %180 = tosa.mul %179, %45, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %181 = tosa.add %180, %46 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %182 = tosa.rsqrt %181 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %183 = tosa.mul %177, %182, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %184 = tosa.cast %183 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %185 = tosa.reshape %arg9, %15 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %186 = tosa.mul %185, %184, %5 : (tensor<1x1x64xf16>, tensor<2x16x64xf16>, tensor<1xi8>) -> tensor<2x16x64xf16>
    %187 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<128x64xf16>) -> tensor<64x128xf16>
    %188 = tosa.reshape %186, %18 : (tensor<2x16x64xf16>, !tosa.shape<3>) -> tensor<1x32x64xf16>
    %189 = tosa.reshape %187, %33 : (tensor<64x128xf16>, !tosa.shape<3>) -> tensor<1x64x128xf16>
    %190 = tosa.matmul %188, %189, %17, %17 : (tensor<1x32x64xf16>, tensor<1x64x128xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x128xf32>
    %191 = tosa.reshape %190, %34 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %192 = tosa.cast %191 : (tensor<32x128xf32>) -> tensor<32x128xf16>
    %193 = tosa.reshape %192, %35 : (tensor<32x128xf16>, !tosa.shape<3>) -> tensor<2x16x128xf16>
    %194 = tosa.cast %193 : (tensor<2x16x128xf16>) -> tensor<2x16x128xf32>
    %195 = tosa.sigmoid %194 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %196 = tosa.mul %194, %195, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %197 = tosa.cast %196 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf16>
    %198 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<128x64xf16>) -> tensor<64x128xf16>
    %199 = tosa.reshape %198, %33 : (tensor<64x128xf16>, !tosa.shape<3>) -> tensor<1x64x128xf16>
    %200 = tosa.matmul %188, %199, %17, %17 : (tensor<1x32x64xf16>, tensor<1x64x128xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x128xf32>
    %201 = tosa.reshape %200, %34 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %202 = tosa.cast %201 : (tensor<32x128xf32>) -> tensor<32x128xf16>
    %203 = tosa.reshape %202, %35 : (tensor<32x128xf16>, !tosa.shape<3>) -> tensor<2x16x128xf16>
    %204 = tosa.mul %197, %203, %5 : (tensor<2x16x128xf16>, tensor<2x16x128xf16>, tensor<1xi8>) -> tensor<2x16x128xf16>
    %205 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x128xf16>) -> tensor<128x64xf16>
    %206 = tosa.reshape %204, %36 : (tensor<2x16x128xf16>, !tosa.shape<3>) -> tensor<1x32x128xf16>
    %207 = tosa.reshape %205, %1 : (tensor<128x64xf16>, !tosa.shape<3>) -> tensor<1x128x64xf16>
    %208 = tosa.matmul %206, %207, %17, %17 : (tensor<1x32x128xf16>, tensor<1x128x64xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x32x64xf32>
    %209 = tosa.reshape %208, %16 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %210 = tosa.cast %209 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %211 = tosa.reshape %210, %3 : (tensor<32x64xf16>, !tosa.shape<3>) -> tensor<2x16x64xf16>
    %212 = tosa.add %176, %211 : (tensor<2x16x64xf16>, tensor<2x16x64xf16>) -> tensor<2x16x64xf16>
    %213 = tosa.cast %212 : (tensor<2x16x64xf16>) -> tensor<2x16x64xf32>
    %214 = tosa.pow %213, %44 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %215 = tosa.reduce_sum %214 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %216 = tosa.mul %215, %45, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %217 = tosa.add %216, %46 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %218 = tosa.rsqrt %217 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %219 = tosa.mul %213, %218, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %220 = tosa.cast %219 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf16>
    %221 = tosa.reshape %arg10, %15 : (tensor<64xf16>, !tosa.shape<3>) -> tensor<1x1x64xf16>
    %222 = tosa.mul %221, %220, %5 : (tensor<1x1x64xf16>, tensor<2x16x64xf16>, tensor<1xi8>) -> tensor<2x16x64xf16>
    return %222 : tensor<2x16x64xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float16: "0x02000000003C0F35662E0C281F217A1A19142E0D"
    }
  }
#-}
