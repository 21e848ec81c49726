//! The many-kiosks-over-SSH set-up of docs/kiosk.md, for real: an OpenSSH server on
//! a loopback port with the sample `contrib/sshd-crewpath-kiosk.conf`, and
//! clients connecting as a kiosk would and as an intruder would. Skipped,
//! saying why, where sshd cannot run (`.ci/run` installs openssh-server).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::common::Term;

const SSHD: &str = "/usr/sbin/sshd";
/// Marks the kiosk processes this test starts, apart from other tests'.
const MARK: &str = "4321";

struct Server {
    child: Child,
    dir: tempfile::TempDir,
    port: u16,
    user: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn key(&self) -> PathBuf {
        self.dir.path().join("client")
    }

    /// `ssh` with the test's key and `options`, as `user@127.0.0.1`, then
    /// the `remote` command, if any.
    fn ssh_args(&self, extra: &[&str], remote: &[&str]) -> Vec<String> {
        let mut args: Vec<String> = [
            "-i",
            &self.key().display().to_string(),
            "-p",
            &self.port.to_string(),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(format!("{}@127.0.0.1", self.user));
        args.extend(remote.iter().map(|s| s.to_string()));
        args
    }

    fn run(&self, program: &str, args: &[String]) -> Output {
        Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("run an ssh client")
    }
}

fn run_quiet(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(0)
}

/// The sample config with the test's user and binary in place of the real
/// ones; everything else exactly as shipped.
fn kiosk_config(user: &str) -> String {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/sshd-crewpath-kiosk.conf");
    let text = std::fs::read_to_string(sample).expect("the sample sshd config");
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("Match User crewpath") {
                format!("Match User {user}")
            } else if trimmed.starts_with("ForceCommand") {
                format!(
                    "    ForceCommand {} --kiosk --idle-timeout {MARK}",
                    env!("CARGO_BIN_EXE_crewpath")
                )
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Starts sshd, or says why it cannot.
fn start_server() -> Result<Server, String> {
    if !Path::new(SSHD).exists() {
        return Err(format!("{SSHD} is not installed (package openssh-server)"));
    }
    let user = Command::new("id")
        .arg("-un")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|u| !u.is_empty())
        .ok_or("cannot tell the current user")?;
    if user == "root" {
        // sshd insists on its privilege separation folder.
        let _ = std::fs::create_dir_all("/run/sshd");
    }
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let at = |name: &str| dir.path().join(name).display().to_string();
    for key in ["host", "client"] {
        if !run_quiet(
            "ssh-keygen",
            &["-q", "-t", "ed25519", "-N", "", "-f", &at(key)],
        ) {
            return Err("ssh-keygen could not make a key".into());
        }
    }
    std::fs::copy(at("client.pub"), at("authorized_keys")).map_err(|e| e.to_string())?;
    let port = free_port();
    let config = format!(
        "Port {port}\nListenAddress 127.0.0.1\nHostKey {}\nPidFile {}\nAuthorizedKeysFile {}\n\
         PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n\
         PermitRootLogin prohibit-password\nSubsystem sftp internal-sftp\nLogLevel ERROR\n\n{}\n",
        at("host"),
        at("sshd.pid"),
        at("authorized_keys"),
        kiosk_config(&user)
    );
    std::fs::write(at("sshd_config"), config).map_err(|e| e.to_string())?;
    if !run_quiet(SSHD, &["-t", "-f", &at("sshd_config")]) {
        return Err("sshd rejects the test configuration here".into());
    }
    let child = Command::new(SSHD)
        .args(["-D", "-e", "-f", &at("sshd_config")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start sshd: {e}"))?;
    let mut server = Server {
        child,
        dir,
        port,
        user,
    };
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if start.elapsed() > Duration::from_secs(10)
            || server.child.try_wait().ok().flatten().is_some()
        {
            return Err("sshd did not start listening".into());
        }
        sleep(Duration::from_millis(50));
    }
    // A quick login tells whether logins work at all in this sandbox.
    let probe = server.run(
        "ssh",
        &server.ssh_args(&["-o", "ConnectTimeout=5"], &["true"]),
    );
    let said = String::from_utf8_lossy(&probe.stderr).to_string();
    if said.contains("Permission denied")
        || said.contains("Connection closed") && !said.contains("terminal")
    {
        server.child.kill().ok();
        return Err(format!("this sandbox refuses SSH logins: {}", said.trim()));
    }
    Ok(server)
}

fn kiosks_running() -> usize {
    let command = format!(
        "{} --kiosk --idle-timeout {MARK}",
        env!("CARGO_BIN_EXE_crewpath")
    );
    Command::new("pgrep")
        .args(["-x", "-f", "--", &command])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().count())
        .unwrap_or(0)
}

#[test]
fn an_ssh_kiosk_gives_visitors_crewpath_and_nothing_else() {
    let server = match start_server() {
        Ok(server) => server,
        Err(why) => {
            crate::common::skip(&why);
            return;
        }
    };

    // A kiosk terminal logs in and lands in the kiosk.
    let args = server.ssh_args(&["-tt"], &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let kiosk = Term::start_program("ssh", &args, (100, 30), (100, 30), &[]);
    kiosk.wait_for("Type a job title");
    assert_eq!(kiosks_running(), 1);

    // Asking for a shell or a command still runs only crewpath, which
    // without a terminal says so and stops.
    let out = server.run(
        "ssh",
        &server.ssh_args(&[], &["/bin/sh", "-c", "'echo shell-here'"]),
    );
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("shell-here"), "{said}");
    assert!(said.contains("needs a terminal"), "{said}");

    // No files: sftp (and scp, which uses it) gets crewpath, not a server.
    let mut sftp_args = server.ssh_args(&[], &[]);
    let target = sftp_args.pop().unwrap_or_default();
    let mut args: Vec<String> = vec!["-b".into(), "-".into()];
    for pair in sftp_args.chunks(2) {
        match pair[0].as_str() {
            "-p" => args.extend(["-P".to_string(), pair[1].clone()]),
            _ => args.extend(pair.iter().cloned()),
        }
    }
    args.push(target);
    let out = server.run("sftp", &args);
    assert!(!out.status.success(), "sftp got through");

    // No port forwarding: the server refuses the request (were it allowed,
    // `-N` would wait forever; `timeout` ends it).
    let forward = format!("127.0.0.1:{}:127.0.0.1:{}", free_port(), server.port);
    let mut args = vec!["10".to_string(), "ssh".to_string()];
    args.extend(server.ssh_args(
        &["-N", "-o", "ExitOnForwardFailure=yes", "-R", &forward],
        &[],
    ));
    let out = server.run("timeout", &args);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("forwarding failed"), "{said}");

    // Dropping the connection ends crewpath, leaving nothing behind.
    drop(kiosk);
    let start = Instant::now();
    while kiosks_running() > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "crewpath outlived its connection"
        );
        sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_sample_service_unit_is_valid_where_systemd_can_check_it() {
    let unit = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/crewpath-kiosk.service");
    let verify = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .arg(&unit)
        .output();
    let Ok(out) = verify else {
        crate::common::skip("systemd-analyze is not installed (package systemd)");
        return;
    };
    let said = String::from_utf8_lossy(&out.stderr);
    // The binary it names is installed by docs/kiosk.md's steps, not here.
    let real_problems: Vec<&str> = said
        .lines()
        .filter(|l| !l.contains("/usr/local/bin/crewpath") && !l.trim().is_empty())
        .collect();
    assert!(real_problems.is_empty(), "{said}");
}
