<?php

namespace Illuminate\Contracts\Debug;

use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Throwable;

interface ExceptionHandler
{
    /**
     * Report or log an exception.
     */
    public function report(Throwable $e): void;

    /**
     * Determine if the exception should be reported.
     */
    public function shouldReport(Throwable $e): bool;

    /**
     * Render an exception into an HTTP response.
     */
    public function render(Request $request, Throwable $e): JsonResponse;
}
