<?php

namespace Symfony\Component\HttpKernel;

final class KernelEvents
{
    public const REQUEST = 'kernel.request';
    public const EXCEPTION = 'kernel.exception';
    public const CONTROLLER = 'kernel.controller';
    public const CONTROLLER_ARGUMENTS = 'kernel.controller_arguments';
    public const VIEW = 'kernel.view';
    public const RESPONSE = 'kernel.response';
    public const FINISH_REQUEST = 'kernel.finish_request';
    public const TERMINATE = 'kernel.terminate';
}
