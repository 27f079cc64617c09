<?php

namespace App\Rpc;

final class RpcServer
{
    /** @var array<string, MethodDefinition> */
    private array $methods = [];
    private int $completed = 0;
    private ?string $lastCompleted = null;
    private ?RpcCall $selfTest = null;

    /**
     * @param list<string> $requiredParams
     */
    public function register(string $method, callable $handler, array $requiredParams, string $description): void
    {
        $this->methods[$method] = new MethodDefinition($method, $handler, $requiredParams, $description);
    }

    public function selfTest(string $method, array $params): void
    {
        $definition = $this->methods[$method];
        $call = new RpcCall('self-test', $method, $params, '127.0.0.1');
        $call->onComplete(function (array $result) use ($call): void {
            $this->completed++;
            $this->lastCompleted = $call->method . '#' . $call->id;
        });
        $call->complete(($definition->handler)($call->params));
        $this->selfTest = $call;
    }

    public function handle(string $payload, string $peer): string
    {
        $data = json_decode($payload, true);
        $id = $data['id'] ?? null;
        $definition = $this->methods[$data['method'] ?? ''] ?? null;
        if ($definition === null) {
            return $this->error($id, -32601, 'Method not found');
        }
        foreach ($definition->requiredParams as $param) {
            if (!isset($data['params'][$param])) {
                return $this->error($id, -32602, 'Missing param ' . $param);
            }
        }
        $call = new RpcCall((string) $id, $definition->name, $data['params'], $peer);
        $call->complete(($definition->handler)($call->params));
        $this->completed++;
        $this->lastCompleted = $call->method . '#' . $call->id;

        return json_encode(['jsonrpc' => '2.0', 'id' => $call->id, 'result' => $call->result()]);
    }

    private function error(?string $id, int $code, string $message): string
    {
        return json_encode(['jsonrpc' => '2.0', 'id' => $id, 'error' => ['code' => $code, 'message' => $message]]);
    }
}
