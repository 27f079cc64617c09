<?php

require __DIR__ . '/src/Ast/Node.php';
require __DIR__ . '/src/Ast/Nodes.php';
require __DIR__ . '/src/Ast/Parser.php';
require __DIR__ . '/src/Analysis/Analyzer.php';

use StanDaemon\Analysis\AnalysisResultCache;
use StanDaemon\Analysis\Analyzer;
use StanDaemon\Analysis\MissingReturnTypeRule;
use StanDaemon\Ast\Parser;

// Analysis server: the editor sends the buffer of the file being edited,
// the daemon answers with the issues found.
$analyzer = new Analyzer(new Parser(), new MissingReturnTypeRule(), new AnalysisResultCache());

$files = ['src/Build/Runner.php', 'src/Build/StepExecutor.php', 'src/Cache/ArtifactStore.php'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $path = $files[$i % 3];
    $class = pathinfo($path, PATHINFO_FILENAME);
    $code = <<<PHP
        <?php
        /** Edited in session {$i} */
        final class {$class}
        {
            /** @param array<string, mixed> \$options */
            public function run(array \$options)
            {
            }
            private function step{$i}(int \$attempt): bool
            {
            }
        }
        PHP;

    $request = json_decode(json_encode(['id' => $i, 'method' => 'analyse', 'params' => ['path' => $path, 'code' => $code]]), true);
    $issues = $analyzer->analyse($request['params']['path'], $request['params']['code']);
    $response = json_encode(['id' => $request['id'], 'result' => count($issues)]);
}
