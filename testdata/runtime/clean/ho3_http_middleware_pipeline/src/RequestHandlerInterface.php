<?php

declare(strict_types=1);

namespace Micro;

use Micro\Http\Request;
use Micro\Http\Response;

interface RequestHandlerInterface
{
    public function handle(Request $request): Response;
}
