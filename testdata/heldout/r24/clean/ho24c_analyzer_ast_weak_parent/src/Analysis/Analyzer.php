<?php

namespace StanDaemon\Analysis;

use StanDaemon\Ast\ClassNode;
use StanDaemon\Ast\FileNode;
use StanDaemon\Ast\MethodNode;
use StanDaemon\Ast\Parser;

final class Issue
{
    public function __construct(
        public readonly string $file,
        public readonly int $line,
        public readonly string $identifier,
        public readonly string $message,
    ) {
    }
}

final class MissingReturnTypeRule
{
    /** @return list<Issue> */
    public function check(MethodNode $method, string $file): array
    {
        if ($method->returnType !== null || $method->name === '__construct') {
            return [];
        }
        $class = $method->owningClass()?->name ?? '(anonymous)';

        return [new Issue(
            $file,
            (int) $method->getAttribute('startLine'),
            'missingType.return',
            sprintf('Method %s::%s() has no return type specified.', $class, $method->name),
        )];
    }
}

final class AnalysisResultCache
{
    /** @var array<string, array{hash: string, errors: int}> */
    private array $byFile = [];

    public function store(string $path, string $hash, int $errors): void
    {
        $this->byFile[$path] = ['hash' => $hash, 'errors' => $errors];
    }

    public function isFresh(string $path, string $hash): bool
    {
        return ($this->byFile[$path]['hash'] ?? null) === $hash;
    }
}

final class Analyzer
{
    public function __construct(
        private Parser $parser,
        private MissingReturnTypeRule $rule,
        private AnalysisResultCache $cache,
    ) {
    }

    /** @return list<Issue> */
    public function analyse(string $path, string $code): array
    {
        $hash = sha1($code);
        $ast = $this->parser->parse($path, $code);

        $issues = [];
        foreach ($this->walk($ast) as $method) {
            array_push($issues, ...$this->rule->check($method, $path));
        }
        $this->cache->store($path, $hash, count($issues));

        return $issues;
    }

    /** @return \Generator<MethodNode> */
    private function walk(FileNode $file): \Generator
    {
        foreach ($file->children() as $class) {
            /** @var ClassNode $class */
            foreach ($class->children() as $method) {
                yield $method;
            }
        }
    }
}
