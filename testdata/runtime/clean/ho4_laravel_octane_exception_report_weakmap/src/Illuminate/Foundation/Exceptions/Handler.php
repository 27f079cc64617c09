<?php

namespace Illuminate\Foundation\Exceptions;

use Illuminate\Contracts\Debug\ExceptionHandler as ExceptionHandlerContract;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Log\NullLogger;
use InvalidArgumentException;
use Throwable;

class Handler implements ExceptionHandlerContract
{
    /**
     * A list of the exception types that are not reported.
     *
     * @var array<int, class-string<Throwable>>
     */
    protected array $dontReport = [];

    /**
     * A list of the internal exception types that should not be reported.
     *
     * @var array<int, class-string<Throwable>>
     */
    protected array $internalDontReport = [
        InvalidArgumentException::class,
    ];

    /**
     * A map of exceptions with their corresponding custom log levels.
     *
     * @var array<class-string<Throwable>, string>
     */
    protected array $levels = [];

    /**
     * Indicates that an exception instance should only be reported once.
     */
    protected bool $withoutDuplicates = false;

    /**
     * The already reported exception map.
     *
     * @var \WeakMap<Throwable, bool>
     */
    protected \WeakMap $reportedExceptionMap;

    public function __construct(protected NullLogger $logger)
    {
        $this->reportedExceptionMap = new \WeakMap();

        $this->register();
    }

    /**
     * Register the exception handling callbacks for the application.
     */
    public function register(): void
    {
        //
    }

    /**
     * Do not report duplicate exceptions.
     */
    public function dontReportDuplicates(): static
    {
        $this->withoutDuplicates = true;

        return $this;
    }

    public function report(Throwable $e): void
    {
        if ($this->shouldntReport($e)) {
            return;
        }

        $this->reportThrowable($e);
    }

    /**
     * Reports error based on report method on exception or to logger.
     */
    protected function reportThrowable(Throwable $e): void
    {
        $this->reportedExceptionMap[$e] = true;

        if (method_exists($e, 'report') && $e->report() !== false) {
            return;
        }

        $level = $this->levels[$e::class] ?? 'error';

        $this->logger->log($level, $e->getMessage(), array_merge($this->exceptionContext($e), ['exception_class' => $e::class]));
    }

    public function shouldReport(Throwable $e): bool
    {
        return !$this->shouldntReport($e);
    }

    /**
     * Determine if the exception is in the "do not report" list.
     */
    protected function shouldntReport(Throwable $e): bool
    {
        if ($this->withoutDuplicates && ($this->reportedExceptionMap[$e] ?? false)) {
            return true;
        }

        foreach (array_merge($this->dontReport, $this->internalDontReport) as $type) {
            if ($e instanceof $type) {
                return true;
            }
        }

        return false;
    }

    /**
     * Get the default exception context variables for logging.
     *
     * @return array<string, mixed>
     */
    protected function exceptionContext(Throwable $e): array
    {
        if (method_exists($e, 'context')) {
            return $e->context();
        }

        return [];
    }

    public function render(Request $request, Throwable $e): JsonResponse
    {
        $status = method_exists($e, 'getStatusCode') ? $e->getStatusCode() : 500;

        return new JsonResponse([
            'message' => $status >= 500 ? 'Server Error' : $e->getMessage(),
        ], $status);
    }
}
