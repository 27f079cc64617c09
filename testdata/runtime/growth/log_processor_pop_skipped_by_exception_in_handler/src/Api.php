<?php

namespace App\Api;

use Monolog\Logger;

interface RequestHandlerInterface
{
    public function handle(array $request): array;
}

final class RequestIdMiddleware
{
    public function __construct(private Logger $logger)
    {
    }

    public function process(array $request, RequestHandlerInterface $handler): array
    {
        $requestId = $request['headers']['x-request-id'];
        $this->logger->pushProcessor(function (array $record) use ($requestId, $request): array { // leak
            $record['extra']['request_id'] = $requestId;
            $record['extra']['path'] = $request['path'];

            return $record;
        });
        $response = $handler->handle($request);
        $this->logger->popProcessor();

        return $response;
    }
}

final class InvoiceHandler implements RequestHandlerInterface
{
    public function __construct(private Logger $logger)
    {
    }

    public function handle(array $request): array
    {
        $this->logger->info('invoice requested');
        if (str_ends_with($request['path'], '/void')) {
            throw new \DomainException('invoice already paid');
        }

        return ['status' => 200];
    }
}
