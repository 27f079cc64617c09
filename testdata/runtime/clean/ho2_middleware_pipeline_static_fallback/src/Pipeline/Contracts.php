<?php

declare(strict_types=1);

namespace Relay\Pipeline;

use Relay\Http\Request;
use Relay\Http\Response;

interface RequestHandlerInterface
{
    public function handle(Request $request): Response;
}

interface MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response;
}
