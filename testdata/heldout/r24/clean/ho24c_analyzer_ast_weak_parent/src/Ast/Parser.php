<?php

namespace StanDaemon\Ast;

/**
 * A tiny line parser standing in for a real PHP parser: enough to
 * recover classes and their method signatures.
 */
final class Parser
{
    public function parse(string $path, string $code): FileNode
    {
        $file = new FileNode(['path' => $path, 'bytes' => strlen($code)]);
        $class = null;
        $doc = null;

        foreach (preg_split('/\R/', $code) as $no => $line) {
            $line = trim($line);
            if (str_starts_with($line, '/**')) {
                $doc = $line;
                continue;
            }
            if (preg_match('/^(?:final\s+)?class\s+(\w+)/', $line, $m)) {
                $class = new ClassNode($m[1], ['startLine' => $no + 1, 'docComment' => $doc]);
                $file->addClass($class);
                $doc = null;
                continue;
            }
            if ($class !== null && preg_match('/^(public|protected|private)\s+function\s+(\w+)\([^)]*\)(?::\s*(\??\w+))?/', $line, $m)) {
                $class->addMethod(new MethodNode($m[2], $m[1], $m[3] ?? null, [
                    'startLine' => $no + 1,
                    'docComment' => $doc,
                ]));
                $doc = null;
            }
        }

        return $file;
    }
}
