<?php

declare(strict_types=1);

namespace PHPStan\Rules;

use PhpParser\Node\Expr\Variable;
use PhpParser\Node\Param;
use PhpParser\Node\Stmt\Function_;
use PHPStan\Analyser\Error;
use PHPStan\Analyser\NodeCollector;
use PHPStan\Analyser\ParentResolver;

/**
 * Reports function parameters that are never read in the function body.
 */
final class UnusedFunctionParametersRule implements Rule
{
    public function __construct(private bool $reportExactLine = true)
    {
    }

    public function process(NodeCollector $nodes, string $file): array
    {
        $used = [];
        foreach ($nodes->get('Expr_Variable') as $variable) {
            \assert($variable instanceof Variable);
            if (ParentResolver::parentOf($variable) instanceof Param) {
                continue;
            }
            $function = ParentResolver::closest($variable, Function_::class);
            if ($function !== null) {
                $used[spl_object_id($function)][$variable->name] = true;
            }
        }

        $errors = [];
        foreach ($nodes->get('Stmt_Function') as $function) {
            \assert($function instanceof Function_);
            foreach ($function->params as $param) {
                if (isset($used[spl_object_id($function)][$param->var->name])) {
                    continue;
                }
                $errors[] = new Error(
                    sprintf('Function %s() has an unused parameter $%s.', $function->name, $param->var->name),
                    $file,
                    $this->reportExactLine ? $param->getStartLine() : $function->getStartLine(),
                    'function.unusedParameter',
                );
            }
        }

        return $errors;
    }
}
