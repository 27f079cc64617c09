<?php
// A PHPStan-style analyser run: every fixture file is parsed into a small AST, connected to its parent nodes, and checked by an unused-parameter rule.

declare(strict_types=1);

require __DIR__ . '/src/PhpParser/Node.php';
require __DIR__ . '/src/PhpParser/NodeAbstract.php';
require __DIR__ . '/src/PhpParser/Node/Expr/Variable.php';
require __DIR__ . '/src/PhpParser/Node/Param.php';
require __DIR__ . '/src/PhpParser/Node/Stmt/Return_.php';
require __DIR__ . '/src/PhpParser/Node/Stmt/Function_.php';
require __DIR__ . '/src/PhpParser/NodeVisitor.php';
require __DIR__ . '/src/PhpParser/NodeVisitorAbstract.php';
require __DIR__ . '/src/PhpParser/NodeTraverser.php';
require __DIR__ . '/src/PhpParser/NodeVisitor/ParentConnectingVisitor.php';
require __DIR__ . '/src/Analyser/Error.php';
require __DIR__ . '/src/Analyser/FunctionSourceParser.php';
require __DIR__ . '/src/Analyser/NodeCollector.php';
require __DIR__ . '/src/Analyser/ParentResolver.php';
require __DIR__ . '/src/Analyser/FileAnalyser.php';
require __DIR__ . '/src/Rules/Rule.php';
require __DIR__ . '/src/Rules/UnusedFunctionParametersRule.php';

use PHPStan\Analyser\FileAnalyser;
use PHPStan\Analyser\FunctionSourceParser;
use PHPStan\Rules\UnusedFunctionParametersRule;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$analyser = new FileAnalyser(new FunctionSourceParser(), [new UnusedFunctionParametersRule()]);
$errorCount = 0;
$byIdentifier = [];

for ($i = 0; $i < $n; $i++) {
    $file = sprintf('/project/src/handlers/handler_%04d.php', $i);
    $code = "<?php\n\n/**\n * Handles webhook #{$i}.\n *\n * @param string \$payload raw body\n * @param int \$attempt delivery attempt\n */\n"
        . "function handle_webhook_{$i}(string \$payload, int \$attempt): string\n{\n    return \$payload;\n}\n";

    foreach ($analyser->analyseFile($file, $code) as $error) {
        $errorCount++;
        $byIdentifier[$error->getIdentifier()] = ($byIdentifier[$error->getIdentifier()] ?? 0) + 1;
    }
}
