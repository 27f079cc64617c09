<?php

namespace Symfony\Component\HttpKernel;

final class KernelEvents
{
    public const REQUEST = 'kernel.request';
    public const CONTROLLER = 'kernel.controller';
    public const RESPONSE = 'kernel.response';
    public const TERMINATE = 'kernel.terminate';
    public const EXCEPTION = 'kernel.exception';
}
