<?php

final class ApiClient
{
    private HandlerStack $stack;
    private int $retries = 0;

    public function __construct(private string $baseUri, private string $token)
    {
        $this->stack = new HandlerStack();
        $this->stack->push(fn (callable $next): Closure => fn (array $request): array => $next($this->withAuth($request)), 'auth'); // leak
        $this->stack->push($this->retry(...), 'retry'); // leak
    }

    private function withAuth(array $request): array
    {
        $request['headers']['Authorization'] = 'Bearer ' . $this->token;
        return $request;
    }

    private function retry(callable $next): Closure
    {
        return function (array $request) use ($next): array {
            $this->retries++;
            return $next($request);
        };
    }

    public function get(string $path): array
    {
        $send = $this->stack->resolve(static fn (array $request): array => ['status' => 200, 'uri' => $request['uri']]);
        return $send(['method' => 'GET', 'uri' => $this->baseUri . $path, 'headers' => []]);
    }
}
