<?php

declare(strict_types=1);

namespace Micro\Middleware;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\Pipeline;

abstract class AbstractMiddleware
{
    public function __construct(
        protected Pipeline $pipeline, // leak
    ) {
    }

    abstract public function process(Request $request): Response;

    protected function next(Request $request): Response
    {
        return $this->pipeline->next($request);
    }
}
