//! The shells' completion scripts: clap_complete's, plus what it cannot
//! know: the role ids of the library (from `crewpath list`, with the
//! `--roles` the command line names) wherever a role is asked for, and in
//! fish the values of options given before any command.

use clap_complete::Shell;

/// The arguments, by id, that name one role.
const ROLE_ARGS: &[&str] = &["a", "b", "from", "target", "role", "to"];

/// The completion script for `shell`.
pub fn script(shell: Shell, command: &mut clap::Command) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, command, "crewpath", &mut out);
    let generated = String::from_utf8_lossy(&out).into_owned();
    let script = match shell {
        Shell::Bash => bash(generated, command),
        Shell::Zsh => zsh(&generated),
        Shell::Fish => fish(&generated, command),
        _ => generated,
    };
    script.into_bytes()
}

/// Options that take a value, so that the word after them is not a command
/// or a role (bash reads the command line itself).
fn options_with_values(command: &clap::Command) -> Vec<String> {
    let mut names = Vec::new();
    let mut stack = vec![command.clone()];
    while let Some(command) = stack.pop() {
        for arg in command.get_arguments() {
            if arg.get_action().takes_values()
                && let Some(long) = arg.get_long()
            {
                let name = format!("--{long}");
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        stack.extend(command.get_subcommands().cloned());
    }
    names.sort();
    names
}

/// bash: a function around clap's that offers role ids after `show`,
/// `compare` and `path` and after `--to`, and registered in its place.
fn bash(generated: String, command: &clap::Command) -> String {
    let takes_value = options_with_values(command)
        .into_iter()
        .filter(|o| o != "--to")
        .collect::<Vec<_>>()
        .join("|");
    let mut script = generated;
    script.push_str(&BASH_ROLES.replace("@TAKES_VALUE@", &takes_value));
    script
}

const BASH_ROLES: &str = r#"
# Role ids, from `crewpath list` on the library the command line names.
_crewpath_role_ids() {
    local i dir lib=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            --roles)
                dir=${COMP_WORDS[i+1]}
                [[ $dir == = ]] && dir=${COMP_WORDS[i+2]}
                lib=(--roles "${dir/#\~/$HOME}")
                ;;
        esac
    done
    "${COMP_WORDS[0]}" "${lib[@]}" list 2>/dev/null | cut -f1
}

_crewpath_roles() {
    _crewpath "$@"
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} i cmd=""
    [[ $prev == = ]] && prev=${COMP_WORDS[COMP_CWORD-2]}
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            @TAKES_VALUE@)
                ((i++))
                [[ ${COMP_WORDS[i]} == = ]] && ((i++))
                ;;
            --to | -*) ;;
            *)
                cmd=${COMP_WORDS[i]}
                break
                ;;
        esac
    done
    case $cmd in
        show | compare | path) ;;
        *) return 0 ;;
    esac
    if [[ $prev != --to ]]; then
        case $prev in
            @TAKES_VALUE@) return 0 ;;
        esac
        [[ $cur == -* ]] && return 0
    fi
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$(_crewpath_role_ids)" -- "$cur"))
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _crewpath_roles -o nosort -o bashdefault -o default crewpath
else
    complete -F _crewpath_roles -o bashdefault -o default crewpath
fi
"#;

/// zsh: the role arguments complete with `_crewpath_roles` instead of
/// file names.
fn zsh(generated: &str) -> String {
    let mut script = String::with_capacity(generated.len() + ZSH_ROLES.len());
    let mut helper_added = false;
    for line in generated.lines() {
        if !helper_added && line.starts_with("if [ \"$funcstack[1]\" = \"_crewpath\" ]") {
            script.push_str(ZSH_ROLES);
            helper_added = true;
        }
        let names_role = ROLE_ARGS.iter().any(|id| {
            [":", "::", "*::"]
                .iter()
                .any(|p| line.starts_with(&format!("'{p}{id} -- ")))
                || line.starts_with(&format!("'()--{id}=["))
        });
        match line.strip_suffix(":_default' \\") {
            Some(spec) if names_role => {
                script.push_str(spec);
                script.push_str(":_crewpath_roles' \\");
            }
            _ => script.push_str(line),
        }
        script.push('\n');
    }
    script
}

const ZSH_ROLES: &str = r#"(( $+functions[_crewpath_roles] )) ||
_crewpath_roles() {
    # Role ids, described by their titles, from `crewpath list` on the
    # library the command line names. The words of the whole line: those
    # of a command's own arguments have lost what came before the command.
    local i line
    local -a all lib fields roles
    all=(${(z)LBUFFER})
    for (( i = 2; i <= $#all; i++ )); do
        case $all[i] in
            --roles) lib=(--roles "${~${(Q)all[i+1]}}") ;;
            --roles=*) lib=(--roles "${~${(Q)all[i]#--roles=}}") ;;
        esac
    done
    for line in ${(f)"$(crewpath $lib list 2>/dev/null)"}; do
        fields=("${(@ps:\t:)line}")
        roles+=("${fields[1]//:/\\:}:${fields[2]}")
    done
    _describe -t roles 'role' roles
}

"#;

/// fish: role ids wherever a role is asked for, and the values of the
/// options given before any command, which clap_complete's conditions miss
/// (they parse the command line, and an option still waiting for its value
/// fails to parse).
fn fish(generated: &str, command: &clap::Command) -> String {
    let mut script = String::with_capacity(generated.len() + FISH_ROLES.len());
    for line in generated.lines() {
        if line
            .starts_with("complete -c crewpath -n \"__fish_crewpath_using_subcommand path\" -l to ")
            && line.ends_with(" -r")
        {
            script.push_str(line);
            script.push_str(" -f -a \"(__fish_crewpath_roles)\"");
        } else {
            script.push_str(line);
        }
        script.push('\n');
    }
    script.push_str(FISH_ROLES);
    for arg in command.get_arguments() {
        let (Some(long), values) = (arg.get_long(), arg.get_possible_values()) else {
            continue;
        };
        if values.is_empty() || arg.is_hide_set() {
            continue;
        }
        let values: Vec<String> = values
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| fish_quoted(v.get_name()))
            .collect();
        script.push_str(&format!(
            "complete -c crewpath -n \"__fish_prev_arg_in --{long}\" -f -a \"{}\"\n",
            values.join(" ")
        ));
    }
    script
}

/// A value as fish reads it inside double quotes.
fn fish_quoted(value: &str) -> String {
    value
        .chars()
        .filter(|c| !matches!(c, '"' | '\\' | '$' | '(' | ')'))
        .collect()
}

const FISH_ROLES: &str = r#"
# Role ids, described by their titles, from `crewpath list` on the library
# the command line names.
function __fish_crewpath_roles
    set -l tokens (commandline -opc)
    set -l lib
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case --roles
                set -l next (math $i + 1)
                set -q tokens[$next]
                and set lib --roles $tokens[$next]
            case '--roles=*'
                set lib $tokens[$i]
        end
    end
    $tokens[1] $lib list 2>/dev/null | string replace -r '^([^\t]*)\t([^\t]*).*$' '$1\t$2'
end
complete -c crewpath -n "__fish_crewpath_using_subcommand show compare path" -f -a "(__fish_crewpath_roles)"
"#;
