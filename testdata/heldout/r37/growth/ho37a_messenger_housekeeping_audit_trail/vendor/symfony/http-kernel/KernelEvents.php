<?php

namespace Symfony\Component\HttpKernel;

final class KernelEvents
{
    public const REQUEST = 'kernel.request';
    public const RESPONSE = 'kernel.response';
    public const TERMINATE = 'kernel.terminate';
}
