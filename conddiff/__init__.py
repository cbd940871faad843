__version__ = "0.1.0"

import warnings
# fastai 2.8's layers call torch.jit.script at import time, which torch 2.14 marks deprecated: not ours to act on
warnings.filterwarnings('ignore', message=r'`torch.jit.script` is deprecated')
