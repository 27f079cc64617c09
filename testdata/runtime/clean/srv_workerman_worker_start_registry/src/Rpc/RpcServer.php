<?php

namespace App\Rpc;

final class RpcServer
{
    /** @var array<string, MethodDefinition> */
    private array $methods = [];

    /**
     * @param list<string> $requiredParams
     */
    public function register(string $method, callable $handler, array $requiredParams, string $description): void
    {
        $this->methods[$method] = new MethodDefinition($method, $handler, $requiredParams, $description);
    }

    public function handle(string $payload, string $peer): string
    {
        $call = json_decode($payload, true);
        $id = $call['id'] ?? null;
        $definition = $this->methods[$call['method'] ?? ''] ?? null;
        if ($definition === null) {
            return $this->error($id, -32601, 'Method not found');
        }
        foreach ($definition->requiredParams as $param) {
            if (!isset($call['params'][$param])) {
                return $this->error($id, -32602, 'Missing param ' . $param);
            }
        }
        $startedAt = microtime(true);
        $result = ($definition->handler)($call['params']);

        return json_encode(['jsonrpc' => '2.0', 'id' => $id, 'result' => $result, 'took_ms' => round((microtime(true) - $startedAt) * 1000, 3)]);
    }

    public function methods(): int
    {
        return count($this->methods);
    }

    private function error(?string $id, int $code, string $message): string
    {
        return json_encode(['jsonrpc' => '2.0', 'id' => $id, 'error' => ['code' => $code, 'message' => $message]]);
    }
}
