<?php

namespace App\Rpc;

final class RpcServer
{
    /** @var array<string, MethodDefinition> */
    private array $methods = [];

    /** @var array<string, array{method: string, params: array, peer: string, startedAt: float}> */
    private array $inFlight = [];

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
        $this->inFlight[$id] = ['method' => $definition->name, 'params' => $call['params'], 'peer' => $peer, 'startedAt' => microtime(true)]; // leak
        $result = ($definition->handler)($call['params']);

        return json_encode(['jsonrpc' => '2.0', 'id' => $id, 'result' => $result]);
    }

    public function inFlight(): int
    {
        return count($this->inFlight);
    }

    private function error(?string $id, int $code, string $message): string
    {
        return json_encode(['jsonrpc' => '2.0', 'id' => $id, 'error' => ['code' => $code, 'message' => $message]]);
    }
}
