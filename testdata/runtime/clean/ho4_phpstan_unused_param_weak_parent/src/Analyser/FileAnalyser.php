<?php

declare(strict_types=1);

namespace PHPStan\Analyser;

use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\ParentConnectingVisitor;
use PHPStan\Rules\Rule;

final class FileAnalyser
{
    private NodeTraverser $traverser;

    private NodeCollector $collector;

    /**
     * @param list<Rule> $rules
     */
    public function __construct(
        private FunctionSourceParser $parser,
        private array $rules,
    ) {
        $this->collector = new NodeCollector();
        $this->traverser = new NodeTraverser(new ParentConnectingVisitor(weakReferences: true), $this->collector);
    }

    /**
     * @return list<Error>
     */
    public function analyseFile(string $file, string $code): array
    {
        $ast = $this->parser->parse($code);
        $this->traverser->traverse($ast);

        $errors = [];
        foreach ($this->rules as $rule) {
            foreach ($rule->process($this->collector, $file) as $error) {
                $errors[] = $error;
            }
        }
        $this->collector->reset();

        return $errors;
    }
}
