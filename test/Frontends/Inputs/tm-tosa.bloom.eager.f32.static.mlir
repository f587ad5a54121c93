// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "bloom", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<256x64xf32>, %arg12: tensor<256xf32>, %arg13: tensor<64x256xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %0 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %4 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = "tosa.const"() <{values = dense<[1, 2, 3, 4]> : tensor<4xi64>}> : () -> tensor<4xi64>
    %6 = tosa.const_shape  {values = dense<[2, 16, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi64>}> : () -> tensor<1xi64>
    %8 = tosa.const_shape  {values = dense<0> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[0, 0, 1, 0, 0, 0]> : tensor<6xindex>} : () -> !tosa.shape<6>
    %10 = tosa.const_shape  {values = dense<[0, 0, 2, 0, 0, 0]> : tensor<6xindex>} : () -> !tosa.shape<6>
    %11 = tosa.const_shape  {values = dense<[0, 0, 4, 0, 0, 0]> : tensor<6xindex>} : () -> !tosa.shape<6>
    %12 = tosa.const_shape  {values = dense<[0, 0, 8, 0, 0, 0]> : tensor<6xindex>} : () -> !tosa.shape<6>
    %13 = tosa.const_shape  {values = dense<[2, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %14 = tosa.const_shape  {values = dense<[2, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[1, 4, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[8, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %18 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %21 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %22 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %24 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %26 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %27 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[1, 64, 192]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.const_shape  {values = dense<[32, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %30 = tosa.const_shape  {values = dense<[1, 192]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %31 = tosa.const_shape  {values = dense<[2, 16, 4, 3, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %32 = tosa.const_shape  {values = dense<[2, 16, 4, 1, 16]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %33 = tosa.const_shape  {values = dense<0> : tensor<5xindex>} : () -> !tosa.shape<5>
    %34 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %35 = tosa.const_shape  {values = dense<[0, 0, 0, 1, 0]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %36 = tosa.const_shape  {values = dense<[0, 0, 0, 2, 0]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %37 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %38 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %39 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %40 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %41 = tosa.const_shape  {values = dense<[1, 64, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %42 = tosa.const_shape  {values = dense<[32, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %43 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %44 = tosa.const_shape  {values = dense<[2, 16, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %45 = tosa.const_shape  {values = dense<[1, 32, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %46 = tosa.const_shape  {values = dense<[1, 256, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %47 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %48 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %49 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1xf32>}> : () -> tensor<1xf32>
    %51 = "tosa.const"() <{values = dense<1> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %52 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %53 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %54 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %55 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %56 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %57 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %58 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %59 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %60 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %61 = "tosa.const"() <{values = dense<0.797884583> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %62 = "tosa.const"() <{values = dense<4.471500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %63 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %64 = tosa.reshape %arg0, %0 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %65 = tosa.reshape %arg17, %1 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %66 = tosa.cast %65 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %67 = tosa.gather %64, %66 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %68 = tosa.reshape %67, %2 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %69 = tosa.cast %68 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %70 = tosa.reduce_sum %69 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %71 = tosa.mul %70, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %72 = tosa.sub %69, %71 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %73 = tosa.mul %72, %72, %3 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %74 = tosa.reduce_sum %73 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %75 = tosa.mul %74, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %76 = tosa.cast %75 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %77 = tosa.reduce_sum %68 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %78 = tosa.mul %77, %48, %3 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %79 = tosa.add %76, %49 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %80 = tosa.rsqrt %79 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %81 = tosa.sub %68, %78 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %82 = tosa.mul %81, %80, %3 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %83 = tosa.reshape %arg1, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %84 = tosa.mul %82, %83, %3 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %85 = tosa.reshape %arg2, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %86 = tosa.add %84, %85 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %87 = tosa.cast %5 : (tensor<4xi64>) -> tensor<4xi32>
    %88 = tosa.cast %87 : (tensor<4xi32>) -> tensor<4xf32>
    %89 = tosa.pow %50, %88 : (tensor<1xf32>, tensor<4xf32>) -> tensor<4xf32>
    %90 = tosa.reshape %arg18, %6 : (tensor<2x16xi64>, !tosa.shape<3>) -> tensor<2x16x1xi64>
    %91 = tosa.pad %90, %9, %7 : (tensor<2x16x1xi64>, !tosa.shape<6>, tensor<1xi64>) -> tensor<2x17x1xi64>
    %92 = tosa.slice %91, %8, %6 : (tensor<2x17x1xi64>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x1xi64>
    %93 = tosa.add %90, %92 : (tensor<2x16x1xi64>, tensor<2x16x1xi64>) -> tensor<2x16x1xi64>
    %94 = tosa.pad %93, %10, %7 : (tensor<2x16x1xi64>, !tosa.shape<6>, tensor<1xi64>) -> tensor<2x18x1xi64>
    %95 = tosa.slice %94, %8, %6 : (tensor<2x18x1xi64>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x1xi64>
    %96 = tosa.add %93, %95 : (tensor<2x16x1xi64>, tensor<2x16x1xi64>) -> tensor<2x16x1xi64>
    %97 = tosa.pad %96, %11, %7 : (tensor<2x16x1xi64>, !tosa.shape<6>, tensor<1xi64>) -> tensor<2x20x1xi64>
    %98 = tosa.slice %97, %8, %6 : (tensor<2x20x1xi64>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x1xi64>
    %99 = tosa.add %96, %98 : (tensor<2x16x1xi64>, tensor<2x16x1xi64>) -> tensor<2x16x1xi64>
    %100 = tosa.pad %99, %12, %7 : (tensor<2x16x1xi64>, !tosa.shape<6>, tensor<1xi64>) -> tensor<2x24x1xi64>
    %101 = tosa.slice %100, %8, %6 : (tensor<2x24x1xi64>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<2x16x1xi64>
    %102 = tosa.add %99, %101 : (tensor<2x16x1xi64>, tensor<2x16x1xi64>) -> tensor<2x16x1xi64>
    %103 = tosa.reshape %102, %13 : (tensor<2x16x1xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %104 = tosa.cast %103 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %105 = tosa.sub %104, %51 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %106 = tosa.cast %105 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %107 = tosa.mul %106, %arg18, %3 : (tensor<2x16xi64>, tensor<2x16xi64>, tensor<1xi8>) -> tensor<2x16xi64>
    %108 = tosa.reshape %107, %14 : (tensor<2x16xi64>, !tosa.shape<3>) -> tensor<2x1x16xi64>
    %109 = tosa.reshape %89, %15 : (tensor<4xf32>, !tosa.shape<3>) -> tensor<1x4x1xf32>
    %110 = tosa.cast %108 : (tensor<2x1x16xi64>) -> tensor<2x1x16xf32>
    %111 = tosa.mul %109, %110, %3 : (tensor<1x4x1xf32>, tensor<2x1x16xf32>, tensor<1xi8>) -> tensor<2x4x16xf32>
    %112 = tosa.reshape %111, %16 : (tensor<2x4x16xf32>, !tosa.shape<3>) -> tensor<8x1x16xf32>
    %113 = tosa.cast %arg18 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %114 = tosa.cast %17 : (tensor<16xi64>) -> tensor<16xi32>
    %115 = tosa.cast %114 : (tensor<16xi32>) -> tensor<16xi64>
    %116 = tosa.reshape %115, %18 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %117 = tosa.reshape %115, %19 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %118 = tosa.greater_equal %116, %117 : (tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) -> tensor<1x1x16x16xi1>
    %119 = tosa.logical_and %118, %52 : (tensor<1x1x16x16xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x16xi1>
    %120 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %121 = tosa.add %120, %54 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %122 = tosa.greater %53, %120 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %123 = tosa.select %122, %121, %120 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %124 = tosa.reshape %123, %20 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %125 = tosa.cast %117 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %126 = tosa.add %125, %55 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %127 = tosa.greater %53, %125 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %128 = tosa.select %127, %126, %125 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %129 = tosa.reshape %128, %21 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %130 = tosa.tile %124, %21 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %131 = tosa.tile %129, %20 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %132 = tosa.concat %130, %131 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %133 = tosa.reshape %113, %22 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %134 = tosa.reshape %132, %23 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %135 = tosa.mul %134, %56, %3 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %136 = tosa.reduce_sum %135 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %137 = tosa.reshape %136, %1 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %138 = tosa.cast %133 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %139 = tosa.gather %138, %137 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %140 = tosa.cast %139 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %141 = tosa.reshape %140, %24 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %142 = tosa.logical_and %119, %141 : (tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %143 = tosa.select %142, %57, %58 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %144 = tosa.cast %86 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %145 = tosa.reduce_sum %144 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %146 = tosa.mul %145, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %147 = tosa.sub %144, %146 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %148 = tosa.mul %147, %147, %3 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %149 = tosa.reduce_sum %148 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %150 = tosa.mul %149, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %151 = tosa.cast %150 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %152 = tosa.reduce_sum %86 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %153 = tosa.mul %152, %48, %3 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %154 = tosa.add %151, %49 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %155 = tosa.rsqrt %154 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %156 = tosa.sub %86, %153 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %157 = tosa.mul %156, %155, %3 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %158 = tosa.reshape %arg3, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %159 = tosa.mul %157, %158, %3 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %160 = tosa.reshape %arg4, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %161 = tosa.add %159, %160 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %162 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<192x64xf32>) -> tensor<64x192xf32>
    %163 = tosa.reshape %161, %27 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %164 = tosa.reshape %162, %28 : (tensor<64x192xf32>, !tosa.shape<3>) -> tensor<1x64x192xf32>
    %165 = tosa.matmul %163, %164, %26, %26 : (tensor<1x32x64xf32>, tensor<1x64x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x192xf32>
    %166 = tosa.reshape %165, %29 : (tensor<1x32x192xf32>, !tosa.shape<2>) -> tensor<32x192xf32>
    %167 = tosa.reshape %arg6, %30 : (tensor<192xf32>, !tosa.shape<2>) -> tensor<1x192xf32>
    %168 = tosa.add %166, %167 : (tensor<32x192xf32>, tensor<1x192xf32>) -> tensor<32x192xf32>
    %169 = tosa.reshape %168, %31 : (tensor<32x192xf32>, !tosa.shape<5>) -> tensor<2x16x4x3x16xf32>
    %170 = tosa.slice %169, %33, %32 : (tensor<2x16x4x3x16xf32>, !tosa.shape<5>, !tosa.shape<5>) -> tensor<2x16x4x1x16xf32>
    %171 = tosa.reshape %170, %34 : (tensor<2x16x4x1x16xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %172 = tosa.transpose %171 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %173 = tosa.slice %169, %35, %32 : (tensor<2x16x4x3x16xf32>, !tosa.shape<5>, !tosa.shape<5>) -> tensor<2x16x4x1x16xf32>
    %174 = tosa.reshape %173, %34 : (tensor<2x16x4x1x16xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %175 = tosa.transpose %174 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %176 = tosa.slice %169, %36, %32 : (tensor<2x16x4x3x16xf32>, !tosa.shape<5>, !tosa.shape<5>) -> tensor<2x16x4x1x16xf32>
    %177 = tosa.reshape %176, %34 : (tensor<2x16x4x1x16xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %178 = tosa.transpose %177 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %179 = tosa.reshape %172, %37 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %180 = tosa.reshape %175, %37 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %181 = tosa.transpose %180 {perms = array<i32: 0, 2, 1>} : (tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %182 = tosa.reshape %178, %37 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %183 = tosa.matmul %179, %181, %26, %26 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %184 = tosa.mul %183, %59, %3 : (tensor<8x16x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
    %185 = tosa.add %112, %184 : (tensor<8x1x16xf32>, tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %186 = tosa.reshape %185, %38 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %187 = tosa.add %186, %143 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %188 = tosa.reduce_max %187 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %189 = tosa.sub %187, %188 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %190 = tosa.exp %189 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %191 = tosa.reduce_sum %190 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %192 = tosa.reciprocal %191 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %193 = tosa.mul %190, %192, %3 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %194 = tosa.reshape %193, %37 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %195 = tosa.matmul %194, %182, %26, %26 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %196 = tosa.reshape %195, %38 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %197 = tosa.transpose %196 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %198 = tosa.transpose %arg7 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %199 = tosa.reshape %197, %27 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %200 = tosa.reshape %198, %39 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %201 = tosa.matmul %199, %200, %26, %26 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %202 = tosa.reshape %201, %25 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %203 = tosa.reshape %arg8, %40 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %204 = tosa.add %202, %203 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %205 = tosa.reshape %204, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %206 = tosa.add %86, %205 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %207 = tosa.cast %206 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %208 = tosa.reduce_sum %207 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %209 = tosa.mul %208, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %210 = tosa.sub %207, %209 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %211 = tosa.mul %210, %210, %3 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %212 = tosa.reduce_sum %211 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %213 = tosa.mul %212, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %214 = tosa.cast %213 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %215 = tosa.reduce_sum %206 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %216 = tosa.mul %215, %48, %3 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %217 = tosa.add %214, %49 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %218 = tosa.rsqrt %217 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %219 = tosa.sub %206, %216 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %220 = tosa.mul %219, %218, %3 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %221 = tosa.reshape %arg9, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %222 = tosa.mul %220, %221, %3 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %223 = tosa.reshape %arg10, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %224 = tosa.add %222, %223 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %225 = tosa.transpose %arg11 {perms = array<i32: 1, 0>} : (tensor<256x64xf32>) -> tensor<64x256xf32>
    %226 = tosa.reshape %224, %27 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %227 = tosa.reshape %225, %41 : (tensor<64x256xf32>, !tosa.shape<3>) -> tensor<1x64x256xf32>
    %228 = tosa.matmul %226, %227, %26, %26 : (tensor<1x32x64xf32>, tensor<1x64x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x256xf32>
    %229 = tosa.reshape %228, %42 : (tensor<1x32x256xf32>, !tosa.shape<2>) -> tensor<32x256xf32>
    %230 = tosa.reshape %arg12, %43 : (tensor<256xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %231 = tosa.add %229, %230 : (tensor<32x256xf32>, tensor<1x256xf32>) -> tensor<32x256xf32>
    %232 = tosa.reshape %231, %44 : (tensor<32x256xf32>, !tosa.shape<3>) -> tensor<2x16x256xf32>
    %233 = tosa.mul %232, %60, %3 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %234 = tosa.mul %232, %61, %3 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %235 = tosa.mul %232, %62, %3 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %236 = tosa.mul %235, %232, %3 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %237 = tosa.add %236, %63 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %238 = tosa.mul %234, %237, %3 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %239 = tosa.tanh %238 : (tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %240 = tosa.add %239, %63 : (tensor<2x16x256xf32>, tensor<1x1x1xf32>) -> tensor<2x16x256xf32>
    %241 = tosa.mul %233, %240, %3 : (tensor<2x16x256xf32>, tensor<2x16x256xf32>, tensor<1xi8>) -> tensor<2x16x256xf32>
    %242 = tosa.transpose %arg13 {perms = array<i32: 1, 0>} : (tensor<64x256xf32>) -> tensor<256x64xf32>
    %243 = tosa.reshape %241, %45 : (tensor<2x16x256xf32>, !tosa.shape<3>) -> tensor<1x32x256xf32>
    %244 = tosa.reshape %242, %46 : (tensor<256x64xf32>, !tosa.shape<3>) -> tensor<1x256x64xf32>
    %245 = tosa.matmul %243, %244, %26, %26 : (tensor<1x32x256xf32>, tensor<1x256x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %246 = tosa.reshape %245, %25 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %247 = tosa.reshape %arg14, %40 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %248 = tosa.add %246, %247 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %249 = tosa.reshape %248, %2 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %250 = tosa.add %206, %249 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %251 = tosa.cast %250 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %252 = tosa.reduce_sum %251 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %253 = tosa.mul %252, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %254 = tosa.sub %251, %253 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %255 = tosa.mul %254, %254, %3 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %256 = tosa.reduce_sum %255 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %257 = tosa.mul %256, %47, %3 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %258 = tosa.cast %257 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %259 = tosa.reduce_sum %250 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %260 = tosa.mul %259, %48, %3 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %261 = tosa.add %258, %49 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %262 = tosa.rsqrt %261 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %263 = tosa.sub %250, %260 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %264 = tosa.mul %263, %262, %3 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %265 = tosa.reshape %arg15, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %266 = tosa.mul %264, %265, %3 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %267 = tosa.reshape %arg16, %4 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %268 = tosa.add %266, %267 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %268 : tensor<2x16x64xf32>
  }
}
