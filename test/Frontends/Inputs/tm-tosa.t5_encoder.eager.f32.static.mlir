// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "t5_encoder", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<8x4xf32>, %arg6: tensor<64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64x128xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<2x16xi64>, %arg20: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<3> : tensor<16x16xi64>}> : () -> tensor<16x16xi64>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %6 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %9 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %10 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %11 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[16, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[1, 8, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[16, 16, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[1, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %30 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %31 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %32 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %33 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %34 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %35 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %36 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %37 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %38 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %39 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %40 = "tosa.const"() <{values = dense<0> : tensor<1x1xi64>}> : () -> tensor<1x1xi64>
    %41 = "tosa.const"() <{values = dense<4> : tensor<1x1xi64>}> : () -> tensor<1x1xi64>
    %42 = "tosa.const"() <{values = dense<2> : tensor<1x1xi64>}> : () -> tensor<1x1xi64>
    %43 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %44 = "tosa.const"() <{values = dense<0.48089835> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %45 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %46 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %47 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %48 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %49 = tosa.reshape %arg19, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %50 = tosa.cast %49 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %51 = tosa.gather %48, %50 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %52 = tosa.reshape %51, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %53 = tosa.cast %arg20 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %54 = tosa.cast %4 : (tensor<16xi64>) -> tensor<16xi32>
    %55 = tosa.cast %54 : (tensor<16xi32>) -> tensor<16xi64>
    %56 = tosa.reshape %55, %7 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %57 = tosa.reshape %55, %8 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %58 = tosa.greater_equal %56, %29 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %59 = tosa.logical_and %58, %30 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %60 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %61 = tosa.add %60, %32 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %62 = tosa.greater %31, %60 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %63 = tosa.select %62, %61, %60 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %64 = tosa.reshape %63, %9 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %65 = tosa.cast %57 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %66 = tosa.add %65, %33 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %67 = tosa.greater %31, %65 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %68 = tosa.select %67, %66, %65 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %69 = tosa.reshape %68, %10 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %70 = tosa.tile %64, %10 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %71 = tosa.tile %69, %9 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %72 = tosa.concat %70, %71 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %73 = tosa.reshape %53, %11 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %74 = tosa.reshape %72, %12 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %75 = tosa.mul %74, %34, %5 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %76 = tosa.reduce_sum %75 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %77 = tosa.reshape %76, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %78 = tosa.cast %73 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %79 = tosa.gather %78, %77 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %80 = tosa.cast %79 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %81 = tosa.reshape %80, %13 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %82 = tosa.logical_and %59, %81 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %83 = tosa.select %82, %35, %36 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %84 = tosa.pow %52, %37 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %85 = tosa.reduce_sum %84 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %86 = tosa.mul %85, %38, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %87 = tosa.add %86, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %88 = tosa.rsqrt %87 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %89 = tosa.mul %52, %88, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %90 = tosa.reshape %arg6, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %91 = tosa.mul %90, %89, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %92 = tosa.transpose %arg1 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %93 = tosa.reshape %91, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %94 = tosa.reshape %92, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %95 = tosa.matmul %93, %94, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %96 = tosa.reshape %95, %18 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %97 = tosa.transpose %96 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %98 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %99 = tosa.reshape %98, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %100 = tosa.matmul %93, %99, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %101 = tosa.reshape %100, %18 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %102 = tosa.transpose %arg3 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %103 = tosa.reshape %102, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %104 = tosa.matmul %93, %103, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %105 = tosa.reshape %104, %18 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %106 = tosa.transpose %105 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %107 = tosa.reshape %4, %19 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<16x1xi64>
    %108 = tosa.cast %107 : (tensor<16x1xi64>) -> tensor<16x1xi32>
    %109 = tosa.reshape %4, %6 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %110 = tosa.cast %109 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %111 = tosa.sub %110, %108 : (tensor<1x16xi32>, tensor<16x1xi32>) -> tensor<16x16xi32>
    %112 = tosa.cast %111 : (tensor<16x16xi32>) -> tensor<16x16xi64>
    %113 = tosa.greater %112, %40 : (tensor<16x16xi64>, tensor<1x1xi64>) -> tensor<16x16xi1>
    %114 = tosa.cast %113 : (tensor<16x16xi1>) -> tensor<16x16xi64>
    %115 = tosa.mul %114, %41, %5 : (tensor<16x16xi64>, tensor<1x1xi64>, tensor<1xi8>) -> tensor<16x16xi64>
    %116 = tosa.cast %115 : (tensor<16x16xi64>) -> tensor<16x16xi32>
    %117 = tosa.abs %112 : (tensor<16x16xi64>) -> tensor<16x16xi64>
    %118 = tosa.greater %42, %117 : (tensor<1x1xi64>, tensor<16x16xi64>) -> tensor<16x16xi1>
    %119 = tosa.cast %117 : (tensor<16x16xi64>) -> tensor<16x16xf32>
    %120 = tosa.mul %119, %43, %5 : (tensor<16x16xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<16x16xf32>
    %121 = tosa.log %120 : (tensor<16x16xf32>) -> tensor<16x16xf32>
    %122 = tosa.mul %121, %44, %5 : (tensor<16x16xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<16x16xf32>
    %123 = tosa.mul %122, %45, %5 : (tensor<16x16xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<16x16xf32>
    %124 = tosa.floor %123 : (tensor<16x16xf32>) -> tensor<16x16xf32>
    %125 = tosa.ceil %123 : (tensor<16x16xf32>) -> tensor<16x16xf32>
    %126 = tosa.greater %46, %123 : (tensor<1x1xf32>, tensor<16x16xf32>) -> tensor<16x16xi1>
    %127 = tosa.select %126, %125, %124 : (tensor<16x16xi1>, tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
    %128 = tosa.cast %127 : (tensor<16x16xf32>) -> tensor<16x16xi64>
    %129 = tosa.cast %128 : (tensor<16x16xi64>) -> tensor<16x16xi32>
    %130 = tosa.add %129, %47 : (tensor<16x16xi32>, tensor<1x1xi32>) -> tensor<16x16xi32>
    %131 = tosa.cast %130 : (tensor<16x16xi32>) -> tensor<16x16xi64>
    %132 = tosa.minimum %131, %0 : (tensor<16x16xi64>, tensor<16x16xi64>) -> tensor<16x16xi64>
    %133 = tosa.select %118, %117, %132 : (tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) -> tensor<16x16xi64>
    %134 = tosa.cast %133 : (tensor<16x16xi64>) -> tensor<16x16xi32>
    %135 = tosa.add %116, %134 : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi32>
    %136 = tosa.cast %135 : (tensor<16x16xi32>) -> tensor<16x16xi64>
    %137 = tosa.reshape %arg5, %20 : (tensor<8x4xf32>, !tosa.shape<3>) -> tensor<1x8x4xf32>
    %138 = tosa.reshape %136, %21 : (tensor<16x16xi64>, !tosa.shape<2>) -> tensor<1x256xi64>
    %139 = tosa.cast %138 : (tensor<1x256xi64>) -> tensor<1x256xi32>
    %140 = tosa.gather %137, %139 : (tensor<1x8x4xf32>, tensor<1x256xi32>) -> tensor<1x256x4xf32>
    %141 = tosa.reshape %140, %22 : (tensor<1x256x4xf32>, !tosa.shape<3>) -> tensor<16x16x4xf32>
    %142 = tosa.transpose %141 {perms = array<i32: 2, 0, 1>} : (tensor<16x16x4xf32>) -> tensor<4x16x16xf32>
    %143 = tosa.reshape %142, %23 : (tensor<4x16x16xf32>, !tosa.shape<4>) -> tensor<1x4x16x16xf32>
    %144 = tosa.transpose %101 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %145 = tosa.reshape %97, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %146 = tosa.reshape %144, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %147 = tosa.matmul %145, %146, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %148 = tosa.reshape %147, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %149 = tosa.add %148, %143 : (tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %150 = tosa.add %149, %83 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %151 = tosa.reduce_max %150 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %152 = tosa.sub %150, %151 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %153 = tosa.exp %152 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %154 = tosa.reduce_sum %153 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %155 = tosa.reciprocal %154 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %156 = tosa.mul %153, %155, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %157 = tosa.reshape %156, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %158 = tosa.reshape %106, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %159 = tosa.matmul %157, %158, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %160 = tosa.reshape %159, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %161 = tosa.transpose %160 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %162 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %163 = tosa.reshape %161, %16 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %164 = tosa.reshape %162, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %165 = tosa.matmul %163, %164, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %166 = tosa.reshape %165, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %167 = tosa.add %52, %166 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %168 = tosa.pow %167, %37 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %169 = tosa.reduce_sum %168 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %170 = tosa.mul %169, %38, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %171 = tosa.add %170, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %172 = tosa.rsqrt %171 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %173 = tosa.mul %167, %172, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %174 = tosa.reshape %arg9, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %175 = tosa.mul %174, %173, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %176 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %177 = tosa.reshape %175, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %178 = tosa.reshape %176, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %179 = tosa.matmul %177, %178, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %180 = tosa.reshape %179, %27 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %181 = tosa.clamp %180 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %182 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %183 = tosa.reshape %181, %28 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %184 = tosa.reshape %182, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %185 = tosa.matmul %183, %184, %15, %15 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %186 = tosa.reshape %185, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %187 = tosa.add %167, %186 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %188 = tosa.pow %187, %37 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %189 = tosa.reduce_sum %188 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %190 = tosa.mul %189, %38, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %191 = tosa.add %190, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %192 = tosa.rsqrt %191 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %193 = tosa.mul %187, %192, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %194 = tosa.reshape %arg14, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %195 = tosa.mul %194, %193, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %196 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %197 = tosa.reshape %195, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %198 = tosa.reshape %196, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %199 = tosa.matmul %197, %198, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %200 = tosa.reshape %199, %18 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %201 = tosa.transpose %200 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %202 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %203 = tosa.reshape %202, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %204 = tosa.matmul %197, %203, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %205 = tosa.reshape %204, %18 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %206 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %207 = tosa.reshape %206, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %208 = tosa.matmul %197, %207, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %209 = tosa.reshape %208, %18 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %210 = tosa.transpose %209 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %211 = tosa.transpose %205 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %212 = tosa.reshape %201, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %213 = tosa.reshape %211, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %214 = tosa.matmul %212, %213, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %215 = tosa.reshape %214, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %216 = tosa.add %215, %143 : (tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %217 = tosa.add %216, %83 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %218 = tosa.reduce_max %217 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %219 = tosa.sub %217, %218 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %220 = tosa.exp %219 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %221 = tosa.reduce_sum %220 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %222 = tosa.reciprocal %221 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %223 = tosa.mul %220, %222, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %224 = tosa.reshape %223, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %225 = tosa.reshape %210, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %226 = tosa.matmul %224, %225, %15, %15 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %227 = tosa.reshape %226, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %228 = tosa.transpose %227 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %229 = tosa.transpose %arg13 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %230 = tosa.reshape %228, %16 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %231 = tosa.reshape %229, %17 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %232 = tosa.matmul %230, %231, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %233 = tosa.reshape %232, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %234 = tosa.add %187, %233 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %235 = tosa.pow %234, %37 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %236 = tosa.reduce_sum %235 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %237 = tosa.mul %236, %38, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %238 = tosa.add %237, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %239 = tosa.rsqrt %238 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %240 = tosa.mul %234, %239, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %241 = tosa.reshape %arg17, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %242 = tosa.mul %241, %240, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %243 = tosa.transpose %arg15 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %244 = tosa.reshape %242, %16 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %245 = tosa.reshape %243, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %246 = tosa.matmul %244, %245, %15, %15 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %247 = tosa.reshape %246, %27 : (tensor<1x32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %248 = tosa.clamp %247 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %249 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %250 = tosa.reshape %248, %28 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %251 = tosa.reshape %249, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %252 = tosa.matmul %250, %251, %15, %15 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %253 = tosa.reshape %252, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %254 = tosa.add %234, %253 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %255 = tosa.pow %254, %37 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>) -> tensor<2x16x64xf32>
    %256 = tosa.reduce_sum %255 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %257 = tosa.mul %256, %38, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %258 = tosa.add %257, %39 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %259 = tosa.rsqrt %258 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %260 = tosa.mul %254, %259, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %261 = tosa.reshape %arg18, %14 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %262 = tosa.mul %261, %260, %5 : (tensor<1x1x64xf32>, tensor<2x16x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    return %262 : tensor<2x16x64xf32>
  }
}
