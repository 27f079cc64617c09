<?php

declare(strict_types=1);

namespace PHPStan\Analyser;

use PhpParser\Node;
use PhpParser\Node\Expr\Variable;
use PhpParser\Node\Param;
use PhpParser\Node\Stmt\Function_;
use PhpParser\Node\Stmt\Return_;

/**
 * Tiny parser for the single-function fixture files used by the rule test-suite.
 */
final class FunctionSourceParser
{
    private const PATTERN = '~(?<doc>/\*\*.*?\*/)?\s*function\s+(?<name>\w+)\s*\((?<params>[^)]*)\)\s*(?::\s*(?<rtype>\??\w+))?\s*\{\s*return\s+\$(?<ret>\w+)\s*;\s*\}~s';

    /**
     * @return list<Node>
     */
    public function parse(string $code): array
    {
        if (!preg_match(self::PATTERN, $code, $m, PREG_OFFSET_CAPTURE)) {
            throw new \InvalidArgumentException('Unsupported fixture syntax');
        }

        $startLine = substr_count($code, "\n", 0, $m['name'][1]) + 1;
        $endLine = substr_count($code, "\n") + 1;

        $params = [];
        foreach (array_filter(array_map('trim', explode(',', $m['params'][0]))) as $i => $declaration) {
            [$type, $var] = array_pad(preg_split('/\s+/', $declaration), -2, null);
            $params[] = new Param(
                new Variable(ltrim((string) $var, '$'), ['startLine' => $startLine, 'endLine' => $startLine]),
                $type,
                ['startLine' => $startLine, 'endLine' => $startLine, 'position' => $i],
            );
        }

        $return = new Return_(
            new Variable($m['ret'][0], ['startLine' => $endLine - 1, 'endLine' => $endLine - 1]),
            ['startLine' => $endLine - 1, 'endLine' => $endLine - 1],
        );

        return [new Function_(
            $m['name'][0],
            $params,
            ($m['rtype'][0] ?? '') !== '' ? $m['rtype'][0] : null,
            [$return],
            [
                'startLine' => $startLine,
                'endLine' => $endLine,
                'docComment' => $m['doc'][0] !== '' ? $m['doc'][0] : null,
            ],
        )];
    }
}
